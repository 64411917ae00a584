/** The shipped data files: file name → text exactly as committed in geojson/. */
export type DatasetTexts = Readonly<Record<string, string>>;

/** A GeoJSON feature as it will be written to its layer file. */
export type EditedFeature = {
  type: "Feature";
  geometry: unknown;
  properties: Record<string, unknown>;
};

/** A saved edit of one feature: a correction of a shipped one (same id, same file) or a new one. */
export type FeatureEdit = {
  /** The layer file (e.g. "rail-link.geojson"): the shipped feature's own, or the one chosen for a new one. */
  file: string;
  feature: EditedFeature;
  /** ISO date-time of the save. */
  savedAt: string;
};

/** A saved publication: a correction of a shipped one (same id) or a new one. */
export type PublicationEdit = { publication: Record<string, unknown>; savedAt: string };

/** The analyst's saved edits, by feature id and by publication id. */
export type LocalEdits = {
  features: Record<string, FeatureEdit>;
  publications: Record<string, PublicationEdit>;
};

/**
 * A form's values. Text, dates, enums and amounts are strings ("" when empty); string lists are arrays of
 * strings; lists of objects are arrays of values; a nested object's fields are flattened ("period.start").
 */
export type FormValue = string | string[] | FormValues[];
export type FormValues = { [key: string]: FormValue };

/** The working copy of the feature being edited, not yet saved (kept so that a reload loses nothing). */
export type Draft = {
  /** The id of the saved or shipped feature being edited; null for a new feature not yet saved. */
  featureId: string | null;
  file: string;
  properties: FormValues;
  geometry: unknown | null;
  /** For a new feature started as a copy: the id it was copied from. */
  baseId?: string;
};

/** One line of a revision: a field's value before and after, as text. */
export type DiffRow = { field: string; label: string; before: string; after: string };

export function emptyEdits(): LocalEdits {
  return { features: {}, publications: {} };
}
