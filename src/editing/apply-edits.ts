import { PlaceFeature, Publication, publicationsFileName, RouteFeature } from "../data/index.ts";
import { formatDatasetJson } from "../files/dataset-json.ts";
import { orderLikeSchema } from "./schema-order.ts";
import type { DatasetTexts, EditedFeature, LocalEdits } from "./types.ts";

type Collection = { type: "FeatureCollection"; features: unknown[] } & Record<string, unknown>;

function featureId(feature: unknown): unknown {
  return (feature as { properties?: { id?: unknown } } | null)?.properties?.id;
}

function featureSchema(feature: EditedFeature) {
  return "place_kind" in feature.properties ? PlaceFeature : RouteFeature;
}

function parseCollection(name: string, text: string | undefined): Collection {
  if (text === undefined) return { type: "FeatureCollection", features: [] };
  const value = JSON.parse(text) as Collection;
  if (!Array.isArray(value?.features)) throw new Error(`${name} is not a FeatureCollection`);
  return value;
}

/**
 * The shipped texts with the saved edits applied: a corrected feature replaces the feature of the same id in its
 * file, in place; a new feature is appended to the file chosen for it; a publication replaces the one of the same
 * id in publications.json, or is appended. Only the files an edit touches are rewritten, in the repository's
 * formatting and with keys in the committed (or, for new entries, the schema's) order, so that the result differs
 * from the shipped text only where the data changed. A file whose JSON cannot be read throws: the shipped files
 * are checked when the app is built.
 */
export function applyEdits(shipped: DatasetTexts, edits: LocalEdits): DatasetTexts {
  const result: Record<string, string> = { ...shipped };
  const byFile = new Map<string, EditedFeature[]>();
  // The feature's own properties.id decides what it replaces (a draft being checked may have none yet).
  for (const edit of Object.values(edits.features))
    byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit.feature]);
  for (const [file, features] of byFile) {
    const collection = parseCollection(file, shipped[file]);
    const updated = [...collection.features];
    for (const feature of features) {
      const id = featureId(feature);
      const index =
        id === undefined || id === "" ? -1 : updated.findIndex((candidate) => featureId(candidate) === id);
      const ordered = orderLikeSchema(
        feature,
        featureSchema(feature),
        index === -1 ? undefined : updated[index],
      );
      if (index === -1) updated.push(ordered);
      else updated[index] = ordered;
    }
    result[file] = formatDatasetJson({ ...collection, features: updated });
  }
  const publicationEdits = Object.entries(edits.publications);
  if (publicationEdits.length > 0) {
    const text = shipped[publicationsFileName];
    const file = (text === undefined ? { publications: [] } : JSON.parse(text)) as {
      publications: unknown[];
    };
    const publications = [...file.publications];
    for (const [, edit] of publicationEdits) {
      const id = edit.publication.id;
      const index = publications.findIndex((candidate) => (candidate as { id?: unknown })?.id === id);
      const ordered = orderLikeSchema(
        edit.publication,
        Publication,
        index === -1 ? undefined : publications[index],
      );
      if (index === -1) publications.push(ordered);
      else publications[index] = ordered;
    }
    result[publicationsFileName] = formatDatasetJson({ ...file, publications });
  }
  return result;
}

/** The names of the files whose text `applied` changes from `shipped`, in name order. */
export function changedFiles(shipped: DatasetTexts, applied: DatasetTexts): string[] {
  return Object.keys(applied)
    .filter((name) => applied[name] !== shipped[name])
    .sort();
}
