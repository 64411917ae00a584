import {
  type DataProblem,
  type Dataset,
  formatProblem,
  parseDataset,
  publicationsFileName,
} from "../data/index.ts";
import { prepareLayers } from "../prepare/prepare-layers.ts";
import type { PreparedDataset } from "../state/bundled-dataset.ts";
import { applyEdits } from "./apply-edits.ts";
import { featureFields } from "./form-fields.ts";
import type { DatasetTexts, LocalEdits } from "./types.ts";

export type CheckOptions = {
  /** ISO date standing for today; the current UTC date by default. */ today?: string;
};

/** Checks the texts (the shipped files with the edits applied) with the validator's own code (`npm run validate`). */
export function checkEdits(
  texts: DatasetTexts,
  options: CheckOptions = {},
): { problems: DataProblem[]; dataset: Dataset | null } {
  const { problems, dataset } = parseDataset({ ...texts }, options);
  return { problems, dataset };
}

/**
 * A problem's JSON path as a form field key: "properties.citations[1].quote" → "citations.1.quote",
 * "geometry.coordinates[0]" → "geometry", "properties.period.end" → "period.end"; null when the path is outside
 * the feature's properties and geometry (a file-level problem).
 */
export function fieldKeyOfPath(path: string): string | null {
  if (path === "geometry" || path.startsWith("geometry.") || path.startsWith("geometry[")) return "geometry";
  if (path === "properties") return "";
  if (!path.startsWith("properties.")) return null;
  return path
    .slice("properties.".length)
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/\["([^"]*)"\]/g, ".$1");
}

/** A nested object the form shows flattened (the period): its problems go on its first field ("period.start"). */
function formKey(key: string): string {
  if (key === "" || featureFields.some((field) => field.key === key)) return key;
  return featureFields.find((field) => field.key.startsWith(`${key}.`))?.key ?? key;
}

function addMessage(fields: Map<string, string[]>, key: string, message: string): void {
  fields.set(key, [...(fields.get(key) ?? []), message]);
}

/**
 * The problems of one feature by form field key, each message exactly as the validator prints it. A problem with
 * the whole feature (the root, or the properties object) is listed under "".
 */
export function problemsByField(
  problems: readonly DataProblem[],
  file: string,
  featureId: string,
): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const problem of problems) {
    if (problem.file !== file || problem.feature !== featureId) continue;
    addMessage(fields, formKey(fieldKeyOfPath(problem.path) ?? ""), problem.message);
  }
  return fields;
}

/** The problems of one publication by field key ("url", "published"), messages as the validator prints them. */
export function problemsForPublication(
  problems: readonly DataProblem[],
  publicationId: string,
): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const problem of problems) {
    if (problem.file !== publicationsFileName || problem.feature !== publicationId) continue;
    const key = problem.path === "(root)" ? "" : problem.path.replace(/\[(\d+)\]/g, ".$1");
    addMessage(fields, key, problem.message);
  }
  return fields;
}

/**
 * What the app shows with the saved edits: the shipped files with the edits applied, parsed and prepared as the
 * build prepares the shipped data. Problems are one line each, as the data-problems panel lists them.
 */
export function preparedWithEdits(
  shipped: DatasetTexts,
  edits: LocalEdits,
  options: CheckOptions = {},
): { prepared: PreparedDataset; problems: string[] } {
  const { dataset, problems } = checkEdits(applyEdits(shipped, edits), options);
  const messages = problems.map(formatProblem);
  if (!dataset) throw new Error(`The edited data cannot be used:\n${messages.join("\n")}`);
  const { layers, dateBounds } = prepareLayers(dataset);
  return {
    prepared: {
      layers,
      publications: [...dataset.publications.values()],
      tour: dataset.tour,
      problems: messages,
      dateBounds,
    },
    problems: messages,
  };
}
