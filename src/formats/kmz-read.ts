import { Unzip, type UnzipFileInfo, UnzipInflate, unzipSync } from "fflate";
import { megabytes } from "../files/megabytes.ts";

/** Small steps, so that one step of a zip bomb inflates to a few megabytes at most before the count stops it. */
const chunkBytes = 16 * 1024;

function entriesOf(bytes: Uint8Array): UnzipFileInfo[] | string {
  const entries: UnzipFileInfo[] = [];
  try {
    // The filter sees every entry of the central directory; refusing them all inflates nothing.
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry);
        return false;
      },
    });
  } catch (error) {
    return `is not a readable KMZ (zip) file: ${error instanceof Error ? error.message : String(error)}`;
  }
  return entries;
}

/** doc.kml by convention (at any depth, the shallowest first), else the first .kml; images are ignored. */
function kmlEntry(entries: readonly UnzipFileInfo[]): UnzipFileInfo | undefined {
  const kml = entries
    .filter((entry) => /\.kml$/i.test(entry.name) && !entry.name.startsWith("__MACOSX/"))
    .sort((a, b) => a.name.split("/").length - b.name.split("/").length);
  return kml.find((entry) => /(^|\/)doc\.kml$/i.test(entry.name)) ?? kml[0];
}

function inflate(bytes: Uint8Array, name: string, maximumBytes: number): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let problem: string | null = null;
  const unzip = new Unzip((file) => {
    if (file.name !== name) return;
    file.ondata = (error, data) => {
      if (problem !== null) return;
      if (error) {
        problem = `could not be unzipped: ${error.message}`;
        return;
      }
      total += data.length;
      if (total > maximumBytes) {
        problem = `unzips to more than ${megabytes(maximumBytes)} (${name}); expected at most ${megabytes(maximumBytes)} — a zip bomb or a file to split; it was not read`;
        file.terminate();
        return;
      }
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && problem === null; offset += chunkBytes) {
      unzip.push(bytes.subarray(offset, offset + chunkBytes), offset + chunkBytes >= bytes.length);
    }
  } catch (error) {
    return `could not be unzipped: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (problem !== null) return problem;
  const kml = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    kml.set(chunk, offset);
    offset += chunk.length;
  }
  return kml;
}

/**
 * The KML inside a KMZ, as bytes; or why not. Both the size the zip declares and the bytes actually inflated
 * are held to `maximumBytes`, so a zip bomb is refused, not unpacked.
 */
export function readKmz(bytes: Uint8Array, maximumBytes: number): { kml: Uint8Array } | { refused: string } {
  const entries = entriesOf(bytes);
  if (typeof entries === "string") return { refused: entries };
  const entry = kmlEntry(entries);
  if (!entry) return { refused: "holds no .kml file; expected a KMZ with doc.kml inside" };
  if (entry.originalSize > maximumBytes) {
    return {
      refused: `says ${entry.name} unzips to ${megabytes(entry.originalSize)}; expected at most ${megabytes(maximumBytes)} — it was not unzipped`,
    };
  }
  const kml = inflate(bytes, entry.name, maximumBytes);
  return typeof kml === "string" ? { refused: kml } : { kml };
}
