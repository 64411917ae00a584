/**
 * Writes provenance into a PNG as international text chunks (iTXt, UTF-8), so that a picture found later in a
 * slide deck can be traced back: title, date, view, visible layers, sources. Readers: `exiftool`, `identify
 * -verbose`, or `readPngText` below.
 */
import { crc32 } from "../files/crc32.ts";

const signature = [137, 80, 78, 71, 13, 10, 26, 10];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = new Uint8Array(4 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  out.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

function itxt(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text
  const head = encoder.encode(keyword.replace(/[^\x20-\x7e]/g, "").slice(0, 79));
  const body = encoder.encode(text);
  const data = new Uint8Array(head.length + 5 + body.length);
  data.set(head, 0);
  data.set([0, 0, 0, 0, 0], head.length);
  data.set(body, head.length + 5);
  return chunk("iTXt", data);
}

function isPng(bytes: Uint8Array): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

/** Returns a new PNG with the entries as iTXt chunks just before IEND. */
export function addPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array<ArrayBuffer> {
  if (!isPng(png)) throw new Error("Not a PNG file");
  const iendOffset = png.length - 12;
  const chunks = Object.entries(entries).map(([keyword, text]) => itxt(keyword, text));
  const size = chunks.reduce((total, part) => total + part.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, iendOffset), 0);
  let offset = iendOffset;
  for (const part of chunks) {
    out.set(part, offset);
    offset += part.length;
  }
  out.set(png.subarray(iendOffset), offset);
  return out;
}

/** Reads every tEXt and iTXt entry of a PNG. */
export function readPngText(png: Uint8Array): Record<string, string> {
  if (!isPng(png)) throw new Error("Not a PNG file");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const latin1 = new TextDecoder("latin1");
  const entries: Record<string, string> = {};
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = decoder.decode(png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "tEXt" || type === "iTXt") {
      const end = data.indexOf(0);
      const keyword = latin1.decode(data.subarray(0, end));
      if (type === "tEXt") entries[keyword] = latin1.decode(data.subarray(end + 1));
      else {
        const languageEnd = data.indexOf(0, end + 3);
        const translatedEnd = data.indexOf(0, languageEnd + 1);
        entries[keyword] = decoder.decode(data.subarray(translatedEnd + 1));
      }
    }
    offset += 12 + length;
  }
  return entries;
}
