import { type FormField, featureFields, recordToForm } from "./form-fields.ts";
import type { DatasetTexts, DiffRow, EditedFeature, FormValue, FormValues, LocalEdits } from "./types.ts";

function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (coordinates.length > 0 && typeof coordinates[0] === "number") return 1;
  return coordinates.reduce((total: number, child) => total + countPositions(child), 0);
}

/** "LineString, 14 vertices": what a revision says of a geometry. */
export function geometrySummary(geometry: unknown): string {
  const value = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (value === null || typeof value !== "object") return "none";
  const count = countPositions(value.coordinates);
  return `${String(value.type)}, ${count} ${count === 1 ? "vertex" : "vertices"}`;
}

function itemText(item: FormValues, fields: readonly FormField[]): string {
  return fields
    .flatMap((field) => {
      const value = item[field.key];
      if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return [];
      if (typeof value === "string") return [`${field.label}: ${value}`];
      if (field.kind === "string-list") return [`${field.label}: ${(value as string[]).join(", ")}`];
      return [
        `${field.label}: ${(value as FormValues[]).map((child) => itemText(child, field.fields ?? [])).join("; ")}`,
      ];
    })
    .join(" · ");
}

function diffValues(
  before: FormValue | undefined,
  after: FormValue | undefined,
  field: FormField,
  key: string,
  label: string,
  rows: DiffRow[],
): void {
  if (field.kind === "list" || field.kind === "string-list") {
    const left = (before ?? []) as (string | FormValues)[];
    const right = (after ?? []) as (string | FormValues)[];
    for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
      const itemKey = `${key}.${index}`;
      const itemLabel = `${label} ${index + 1}`;
      const leftItem = left[index];
      const rightItem = right[index];
      if (field.kind === "string-list" || leftItem === undefined || rightItem === undefined) {
        const text = (item: string | FormValues | undefined) =>
          item === undefined ? "" : typeof item === "string" ? item : itemText(item, field.fields ?? []);
        if (text(leftItem) !== text(rightItem))
          rows.push({ field: itemKey, label: itemLabel, before: text(leftItem), after: text(rightItem) });
        continue;
      }
      for (const child of field.fields ?? [])
        diffValues(
          (leftItem as FormValues)[child.key],
          (rightItem as FormValues)[child.key],
          child,
          `${itemKey}.${child.key}`,
          `${itemLabel} › ${child.label}`,
          rows,
        );
    }
    return;
  }
  const left = typeof before === "string" ? before : "";
  const right = typeof after === "string" ? after : "";
  if (left !== right) rows.push({ field: key, label, before: left, after: right });
}

/**
 * What an edit changed, field by field in the form's order: one row per changed field, list items compared by
 * position (a changed item by its changed fields, an added or removed item whole), and always one row for the
 * geometry, summarised as its type and vertex count and marked changed or unchanged.
 */
export function diffFeature(shipped: EditedFeature, edited: EditedFeature): DiffRow[] {
  const rows: DiffRow[] = [];
  const before = recordToForm(shipped.properties, featureFields);
  const after = recordToForm(edited.properties, featureFields);
  for (const field of featureFields)
    diffValues(before[field.key], after[field.key], field, field.key, field.label, rows);
  const changed = JSON.stringify(shipped.geometry) !== JSON.stringify(edited.geometry);
  rows.push({
    field: "geometry",
    label: "Geometry",
    before: geometrySummary(shipped.geometry),
    after: `${geometrySummary(edited.geometry)} (${changed ? "changed" : "unchanged"})`,
  });
  return rows;
}

/** The edits without the saved edit of feature `id`: the feature is back to what ships (or gone, if new). */
export function revertFeature(edits: LocalEdits, id: string): LocalEdits {
  const { [id]: _reverted, ...features } = edits.features;
  return { ...edits, features };
}

/** The edits without the saved edit of publication `id`. */
export function revertPublication(edits: LocalEdits, id: string): LocalEdits {
  const { [id]: _reverted, ...publications } = edits.publications;
  return { ...edits, publications };
}

export type Revision = {
  id: string;
  file: string;
  /** "corrected": the edit replaces a shipped feature; "added": a new feature. */
  change: "corrected" | "added";
  savedAt: string;
  rows: DiffRow[];
};

const noFeature: EditedFeature = { type: "Feature", geometry: null, properties: {} };

/** Every saved feature edit against what ships, the latest save first: the editor's list of revisions. */
export function featureRevisions(shipped: DatasetTexts, edits: LocalEdits): Revision[] {
  const collections = new Map<string, EditedFeature[]>();
  const shippedFeatures = (file: string): EditedFeature[] => {
    let features = collections.get(file);
    if (features === undefined) {
      const text = shipped[file];
      features = text === undefined ? [] : (JSON.parse(text) as { features: EditedFeature[] }).features;
      collections.set(file, features);
    }
    return features;
  };
  return Object.entries(edits.features)
    .map(([id, edit]) => {
      const original = shippedFeatures(edit.file).find((feature) => feature.properties?.id === id);
      return {
        id,
        file: edit.file,
        change: original ? ("corrected" as const) : ("added" as const),
        savedAt: edit.savedAt,
        rows: diffFeature(original ?? noFeature, edit.feature),
      };
    })
    .sort((left, right) => right.savedAt.localeCompare(left.savedAt) || left.id.localeCompare(right.id));
}
