import {
  checkUserFeatures,
  type DataProblem,
  decodeDataBytes,
  limits,
  type Publication,
  parseUserCollection,
  type UserCollectionResult,
  type UserFeature,
} from "../data/index.ts";
import { megabytes } from "../files/megabytes.ts";
import type { CsvColumns } from "../formats/csv-columns.ts";
import { formatOf } from "../formats/file-format.ts";
import { readFormat } from "../formats/read-file.ts";
import type { ReadResult } from "../formats/read-result.ts";
import { readBytes } from "./read-bytes.ts";

export type ImportStage = "reading" | "checking" | "preparing" | "saving";
export type ImportProgress = { stage: ImportStage; done: number; total: number };

export type CheckFileOptions = {
  publications: readonly Publication[];
  onProgress?: (progress: ImportProgress) => void;
  maximumBytes?: number;
  today?: string;
  /** A CSV's columns as the user chose them in the preview; guessed from the header otherwise. */
  csvColumns?: CsvColumns;
};

/** One layer of a checked file: a KML folder, a CSV's tracks or positions; `name` null for a file's only one. */
export type CheckedLayer = { name: string | null; features: UserFeature[] };

/** The file's check as one report (all its layers' features and problems), and its layers. */
export type CheckedFile = UserCollectionResult & { layers: CheckedLayer[] };

const emptySummary = { total: 0, imported: 0, unsourced: 0 };

function refusal(fileName: string, message: string): CheckedFile {
  const problem: DataProblem = { file: fileName, feature: "-", path: "-", message };
  return { collection: null, problems: [problem], summary: emptySummary, layers: [] };
}

/** A reader's layers through the same lenient check as GeoJSON, as one result for the file's report. */
function checkRead(fileName: string, read: ReadResult, options: CheckFileOptions): CheckedFile {
  if ("refused" in read) return refusal(fileName, read.refused);
  const problems = [...read.problems];
  const layers: CheckedLayer[] = [];
  const summary = { total: read.skipped ?? 0, imported: 0, unsourced: 0 };
  for (const layer of read.layers) {
    const checked = checkUserFeatures(
      fileName,
      layer.features.map((read) => read.feature),
      {
        publications: new Map(options.publications.map((publication) => [publication.id, publication])),
        labels: layer.features.map((read) => read.label),
        ...(options.today ? { today: options.today } : {}),
      },
    );
    problems.push(...checked.problems);
    summary.total += checked.summary.total;
    summary.imported += checked.summary.imported;
    summary.unsourced += checked.summary.unsourced;
    const features = checked.collection?.features ?? [];
    if (features.length > 0) layers.push({ name: layer.name, features });
  }
  const features = layers.flatMap((layer) => layer.features);
  return { collection: { type: "FeatureCollection", features }, problems, summary, layers };
}

/**
 * One imported file from bytes to checked features: the size limit first (before a byte is read), then reading
 * with progress, decoding (UTF-8, UTF-8 with a byte-order mark, UTF-16), the format's reader (GeoJSON, KML,
 * KMZ, GPX, CSV, by the file's name) and the lenient schema check.
 */
export async function checkFile(
  file: Blob,
  fileName: string,
  options: CheckFileOptions,
): Promise<CheckedFile> {
  const maximumBytes = options.maximumBytes ?? limits.userFileBytes;
  if (file.size > maximumBytes) {
    return refusal(
      fileName,
      `is ${megabytes(file.size)}; expected at most ${megabytes(maximumBytes)} (split the file or simplify its geometry) — it was not read`,
    );
  }
  const report = options.onProgress ?? (() => {});
  report({ stage: "reading", done: 0, total: file.size });
  const bytes = await readBytes(file, (done) => report({ stage: "reading", done, total: file.size }));
  const format = formatOf(fileName);
  if (format !== "geojson") {
    report({ stage: "checking", done: 0, total: 0 });
    const read = readFormat(format, fileName, bytes, {
      maximumBytes,
      ...(options.csvColumns ? { csvColumns: options.csvColumns } : {}),
    });
    return checkRead(fileName, read, options);
  }
  const decoded = decodeDataBytes(bytes);
  if ("error" in decoded) return refusal(fileName, decoded.error);
  // Parsing has no progress of its own; a total of 0 shows the stage without a percentage.
  report({ stage: "checking", done: 0, total: 0 });
  const result = parseUserCollection(fileName, decoded.text, {
    publications: new Map(options.publications.map((publication) => [publication.id, publication])),
    maximumCharacters: maximumBytes,
    onProgress: (done, total) => report({ stage: "checking", done, total }),
    ...(options.today ? { today: options.today } : {}),
  });
  const features = result.collection?.features ?? [];
  return { ...result, layers: features.length > 0 ? [{ name: null, features }] : [] };
}
