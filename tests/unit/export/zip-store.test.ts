import { expect, test } from "vitest";
import { crc32, zipStored } from "../../../src/export/zip-store.ts";

const encoder = new TextEncoder();

test("crc32 gives the standard check value", () => {
  expect(crc32(encoder.encode("123456789"))).toBe(0xcbf43926);
});

/** Reads a stored archive back through its central directory, as an unzip tool does. */
function readArchive(bytes: Uint8Array): Array<{ name: string; data: string; crc: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries = [];
  for (let index = 0; index < count; index++) {
    expect(view.getUint32(offset, true)).toBe(0x02014b50);
    const crc = view.getUint32(offset + 16, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const local = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, crc, data: new TextDecoder().decode(bytes.subarray(dataStart, dataStart + size)) });
    offset += 46 + nameLength;
  }
  return entries;
}

test("an archive holds its entries in order, stored with their CRC-32", () => {
  const archive = zipStored(
    [
      { name: "01-first.png", data: encoder.encode("first") },
      { name: "02-second-ü.png", data: encoder.encode("second picture") },
    ],
    new Date(2026, 10, 24, 16, 30),
  );
  expect(readArchive(archive)).toEqual([
    { name: "01-first.png", data: "first", crc: crc32(encoder.encode("first")) },
    { name: "02-second-ü.png", data: "second picture", crc: crc32(encoder.encode("second picture")) },
  ]);
});
