import type { Geometry } from "geojson";
import { checkUserFeatures, type Publication } from "../data/index.ts";
import { importedFeatureRecord } from "../import/prepare-imported.ts";
import type { FeatureRecord } from "../state/feature-record.ts";
import type { TileLayer } from "./tile-layers.ts";

/**
 * Vector tiles keep only flat values: tippecanoe and GDAL write an array or object property as its JSON text.
 * Such text is read back so that an archive made from sourced GeoJSON keeps its sourcing.
 */
function unflattened(properties: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === "string" && /^\s*[[{]/.test(value)) {
      try {
        result[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON after all: kept as the text it is.
      }
    }
    result[key] = value;
  }
  return result;
}

/**
 * The sourcing panel's record of a feature picked on a tile layer, checked with the same schema as an imported
 * GeoJSON feature: sourced when its citations resolve, else unsourced with its own properties listed.
 * `index` tells features of one layer apart (the tile's feature id when it has one).
 */
export function tileFeatureRecord(
  feature: { geometry: Geometry; properties: Record<string, unknown> },
  index: number,
  layer: TileLayer,
  publications: ReadonlyMap<string, Publication>,
): FeatureRecord {
  const raw = { type: "Feature", geometry: feature.geometry, properties: unflattened(feature.properties) };
  const checked = checkUserFeatures(layer.title, [raw], { publications });
  const identity = { id: layer.id, title: layer.title, color: layer.color };
  const [user] = checked.collection?.features ?? [];
  if (user) return importedFeatureRecord(user, index, identity, publications);
  // A geometry the importer would refuse (clipped at a tile's edge, say): its properties are still shown.
  const point: Geometry = { type: "Point", coordinates: [0, 0] };
  const fallback = {
    type: "Feature" as const,
    geometry: point,
    properties: { ...raw.properties, unsourced: true },
  };
  return { ...importedFeatureRecord(fallback, index, identity, publications), bounds: [0, 0, 0, 0] };
}
