import { featureLabel } from "../data/feature-check.ts";
import type { DataProblem } from "../data/index.ts";
import { applyEdits } from "./apply-edits.ts";
import { type CheckOptions, checkEdits, problemsByField } from "./check-edits.ts";
import { emptyFeatureProperties, formToProperties, propertiesToForm } from "./form-fields.ts";
import type { DatasetTexts, Draft, EditedFeature, LocalEdits } from "./types.ts";

/** A new feature's draft in the layer file chosen for it: the form empty, no geometry yet. */
export function newDraft(file: string): Draft {
  return { featureId: null, file, properties: emptyFeatureProperties(), geometry: null };
}

/** A draft for correcting a feature (shipped, or saved earlier): its properties as form values, its geometry. */
export function draftOfFeature(file: string, feature: EditedFeature): Draft {
  return {
    featureId: String(feature.properties.id),
    file,
    properties: propertiesToForm(feature.properties),
    geometry: structuredClone(feature.geometry),
  };
}

/** The feature a draft stands for, as it would be written. */
export function featureOfDraft(draft: Draft): EditedFeature {
  return { type: "Feature", geometry: draft.geometry, properties: formToProperties(draft.properties) };
}

/** Placeholder key for a draft that has no id yet; edits are kept by feature id. */
const unnamedDraft = "\u0000draft";

function withDraft(edits: LocalEdits, draft: Draft, savedAt: string): LocalEdits {
  const feature = featureOfDraft(draft);
  const id =
    typeof feature.properties.id === "string" && feature.properties.id !== "" ? feature.properties.id : null;
  const features = { ...edits.features };
  // A new feature renamed before its first save, or since: the old key goes.
  if (draft.featureId !== null && draft.featureId !== id) delete features[draft.featureId];
  features[id ?? unnamedDraft] = { file: draft.file, feature, savedAt };
  return { ...edits, features };
}

/**
 * The edits with the draft saved in them, under the draft's id. A draft without an id cannot be saved: the id
 * is what replaces a shipped feature and what citations in the tour name.
 */
export function saveDraftToEdits(edits: LocalEdits, draft: Draft, savedAt: string): LocalEdits {
  const id = formToProperties(draft.properties).id;
  if (typeof id !== "string" || id === "") throw new Error("A feature needs an id before it can be saved");
  return withDraft(edits, draft, savedAt);
}

export type DraftCheck = {
  /** The draft's problems by form field key ("title", "citations.1.quote", "geometry"; "" for the whole feature). */
  fields: Map<string, string[]>;
  /** Every problem of the edited data, the draft's included, as the validator reports them. */
  problems: DataProblem[];
};

/** Where feature `id` is, among the shipped files and the saved edits: "rail-link.geojson (feature #2)". */
function idOwner(shipped: DatasetTexts, edits: LocalEdits, id: string): string | null {
  const saved = edits.features[id];
  if (saved) return `${saved.file} (saved edit)`;
  for (const [name, text] of Object.entries(shipped)) {
    if (!name.endsWith(".geojson")) continue;
    const features = (JSON.parse(text) as { features?: unknown[] }).features ?? [];
    const index = features.findIndex((feature, position) => featureLabel(feature, position) === id);
    if (index !== -1) return `${name} (feature #${index})`;
  }
  return null;
}

/**
 * Checks the draft as it stands, with the saved edits and the shipped data around it, by the validator's own
 * code: what `npm run validate` would say if the draft were saved and exported now. A new feature (or a renamed
 * one) whose id is taken is named on "id", as it would otherwise replace the feature of that id.
 */
export function checkDraft(
  shipped: DatasetTexts,
  edits: LocalEdits,
  draft: Draft,
  options: CheckOptions = {},
): DraftCheck {
  const feature = featureOfDraft(draft);
  const id = typeof feature.properties.id === "string" ? feature.properties.id : "";
  const owner = id !== "" && id !== draft.featureId ? idOwner(shipped, edits, id) : null;
  const texts = applyEdits(shipped, withDraft(edits, draft, ""));
  const { problems } = checkEdits(texts, options);
  if (owner !== null) {
    const fields = new Map([["id", [`is already used in ${owner}; expected ids unique across all files`]]]);
    return { fields, problems };
  }
  const features = (JSON.parse(texts[draft.file] ?? '{"features":[]}') as { features: unknown[] }).features;
  // Where the draft landed: in place of the feature of its id, or last; the validator names it by id or "#index".
  const found =
    id === "" ? -1 : features.findIndex((candidate, position) => featureLabel(candidate, position) === id);
  const index = found === -1 ? features.length - 1 : found;
  return { fields: problemsByField(problems, draft.file, featureLabel(features[index], index)), problems };
}
