import { type DataProblem, formatProblem } from "../data/index.ts";
import { applyEdits } from "../editing/apply-edits.ts";
import { checkEdits, problemsByField } from "../editing/check-edits.ts";
import { formToProperties } from "../editing/form-fields.ts";
import type { DatasetTexts, EditedFeature, FormValues, LocalEdits } from "../editing/types.ts";
import { slugOf } from "../files/slug.ts";
import type { DrawnGeometry } from "./drawing/drawing-session.ts";

/** The feature being edited, not yet saved: its layer file, the form's values and the drawn geometry. */
export type WorkingCopy = {
  /** The saved or shipped feature's id; null for a new feature. */
  featureId: string | null;
  file: string;
  values: FormValues;
  geometry: DrawnGeometry | null;
};

/** A new publication added in the editor, saved with the feature. */
export type NewPublication = Record<string, unknown> & { id: string };

/** The id the working copy is saved under: its id field, or for a new feature left without one, its title's. */
export function idOf(working: WorkingCopy): string {
  const typed = typeof working.values.id === "string" ? working.values.id.trim() : "";
  if (typed !== "" || working.featureId !== null) return typed || (working.featureId ?? "");
  const title = typeof working.values.title === "string" ? working.values.title : "";
  // Until a title is typed (the validator then asks for it), the new feature has a placeholder id.
  return slugOf(title, 60) || "new-feature";
}

export function featureOf(working: WorkingCopy): EditedFeature {
  const properties = formToProperties({ ...working.values, id: idOf(working) });
  return { type: "Feature", geometry: working.geometry, properties };
}

/** The saved edits with the working copy and the new publications in them, as a save would write them. */
export function editsWith(
  edits: LocalEdits,
  working: WorkingCopy,
  publications: readonly NewPublication[],
  savedAt: string,
): LocalEdits {
  const features = { ...edits.features };
  // A corrected feature whose id was changed in the form replaces its old entry.
  if (working.featureId && working.featureId !== idOf(working)) delete features[working.featureId];
  features[idOf(working)] = { file: working.file, feature: featureOf(working), savedAt };
  const added = Object.fromEntries(
    publications.map((publication) => [publication.id, { publication, savedAt }]),
  );
  return { features, publications: { ...edits.publications, ...added } };
}

export type CheckResult = {
  /** The feature's problems by form field key ("" for the feature as a whole), as the validator words them. */
  fields: Map<string, string[]>;
  /** Problems elsewhere that the save would bring (another file, a publication), one line each. */
  others: string[];
};

/** What `npm run validate` would say of the files with this working copy saved. */
export function checkWorkingCopy(
  shipped: DatasetTexts,
  edits: LocalEdits,
  working: WorkingCopy,
  publications: readonly NewPublication[],
): CheckResult {
  let problems: DataProblem[];
  try {
    ({ problems } = checkEdits(applyEdits(shipped, editsWith(edits, working, publications, ""))));
  } catch (error) {
    // Edits that cannot even be applied (an id that another feature holds) are a problem of the whole feature.
    return { fields: new Map([["", [error instanceof Error ? error.message : String(error)]]]), others: [] };
  }
  const id = idOf(working);
  const fields = problemsByField(problems, working.file, id);
  const others = problems
    .filter((problem) => !(problem.file === working.file && problem.feature === id))
    .map(formatProblem);
  return { fields, others };
}
