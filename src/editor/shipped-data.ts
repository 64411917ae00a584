import type { Publication } from "../data/index.ts";
import type { DatasetTexts, EditedFeature, LocalEdits } from "../editing/types.ts";
import type { NewPublication } from "./working-copy.ts";

export type LayerFile = { title: string; file: string };

type Manifest = { layers: { title: string; file: string; kind: string }[] };

/** The layer files of the manifest (geojson/layers.json), in its order: where a new feature can go. */
export function layerFiles(shipped: DatasetTexts): LayerFile[] {
  const manifest = JSON.parse(shipped["layers.json"] ?? '{"layers":[]}') as Manifest;
  return manifest.layers.map(({ title, file }) => ({ title, file }));
}

/** A feature as saved in the edits, or else as shipped, with its layer file; null when there is none. */
export function shippedFeature(
  shipped: DatasetTexts,
  id: string,
): { file: string; feature: EditedFeature } | null {
  for (const { file } of layerFiles(shipped)) {
    const text = shipped[file];
    if (!text) continue;
    const collection = JSON.parse(text) as { features: EditedFeature[] };
    const feature = collection.features.find((candidate) => candidate.properties?.id === id);
    if (feature) return { file, feature };
  }
  return null;
}

export function findFeature(
  shipped: DatasetTexts,
  edits: LocalEdits,
  id: string,
): { file: string; feature: EditedFeature } | null {
  return edits.features[id] ?? shippedFeature(shipped, id);
}

/** Every publication: shipped, corrected or added in saved edits, and added in the editor but not yet saved. */
export function publicationsOf(
  shipped: DatasetTexts,
  edits: LocalEdits,
  pending: readonly NewPublication[],
): Publication[] {
  const file = JSON.parse(shipped["publications.json"] ?? '{"publications":[]}') as {
    publications: Publication[];
  };
  const byId = new Map(file.publications.map((publication) => [publication.id, publication]));
  for (const [id, edit] of Object.entries(edits.publications)) byId.set(id, edit.publication as Publication);
  for (const publication of pending) byId.set(publication.id, publication as unknown as Publication);
  return [...byId.values()];
}
