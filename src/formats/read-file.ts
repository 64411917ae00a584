import { decodeDataBytes } from "../data/json-text.ts";
import type { CsvColumns } from "./csv-columns.ts";
import { readCsv } from "./csv-read.ts";
import { type CsvPreview, previewCsv } from "./csv-table.ts";
import type { FileFormat } from "./file-format.ts";
import { readGpx } from "./gpx-read.ts";
import { readKml } from "./kml-read.ts";
import { readKmz } from "./kmz-read.ts";
import type { ReadResult } from "./read-result.ts";

function textOf(bytes: Uint8Array): string | { refused: string } {
  const decoded = decodeDataBytes(bytes);
  return "error" in decoded
    ? { refused: decoded.error.replace("a UTF-8 JSON file", "UTF-8 text") }
    : decoded.text;
}

/** A KML, KMZ, GPX or CSV file's bytes as layers of features for the lenient check. */
export function readFormat(
  format: Exclude<FileFormat, "geojson">,
  fileName: string,
  bytes: Uint8Array,
  options: { maximumBytes: number; csvColumns?: CsvColumns },
): ReadResult {
  if (format === "kmz") {
    const unzipped = readKmz(bytes, options.maximumBytes);
    return "refused" in unzipped ? unzipped : readFormat("kml", fileName, unzipped.kml, options);
  }
  const text = textOf(bytes);
  if (typeof text !== "string") return text;
  if (format === "kml") return readKml(fileName, text);
  if (format === "gpx") return readGpx(fileName, text);
  return readCsv(fileName, text, options.csvColumns);
}

/**
 * The first rows of a CSV from the start of its bytes (a few kilobytes): cut at the last line break, so that no
 * character or row is cut in half.
 */
export function previewCsvBytes(head: Uint8Array): CsvPreview | { refused: string } {
  const lastBreak = head.lastIndexOf(0x0a);
  const text = textOf(lastBreak > 0 ? head.subarray(0, lastBreak + 1) : head);
  return typeof text === "string" ? previewCsv(text) : text;
}
