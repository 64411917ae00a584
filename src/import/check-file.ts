import {
  type DataProblem,
  decodeDataBytes,
  limits,
  type Publication,
  parseUserCollection,
  type UserCollectionResult,
} from "../data/index.ts";
import { megabytes } from "../files/megabytes.ts";
import { readBytes } from "./read-bytes.ts";

export type ImportStage = "reading" | "checking" | "preparing" | "saving";
export type ImportProgress = { stage: ImportStage; done: number; total: number };

export type CheckFileOptions = {
  publications: readonly Publication[];
  onProgress?: (progress: ImportProgress) => void;
  maximumBytes?: number;
  today?: string;
};

const emptySummary = { total: 0, imported: 0, unsourced: 0 };

function refusal(fileName: string, message: string): UserCollectionResult {
  const problem: DataProblem = { file: fileName, feature: "-", path: "-", message };
  return { collection: null, problems: [problem], summary: emptySummary };
}

/**
 * One imported file from bytes to checked features: the size limit first (before a byte is read), then reading
 * with progress, decoding (UTF-8, UTF-8 with a byte-order mark, UTF-16) and the lenient schema check.
 */
export async function checkFile(
  file: Blob,
  fileName: string,
  options: CheckFileOptions,
): Promise<UserCollectionResult> {
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
  const decoded = decodeDataBytes(bytes);
  if ("error" in decoded) return refusal(fileName, decoded.error);
  // Parsing has no progress of its own; a total of 0 shows the stage without a percentage.
  report({ stage: "checking", done: 0, total: 0 });
  return parseUserCollection(fileName, decoded.text, {
    publications: new Map(options.publications.map((publication) => [publication.id, publication])),
    maximumCharacters: maximumBytes,
    onProgress: (done, total) => report({ stage: "checking", done, total }),
    ...(options.today ? { today: options.today } : {}),
  });
}
