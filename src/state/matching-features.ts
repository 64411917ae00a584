import type { FilterValues } from "../symbology/filter-expression.ts";
import { type FilterableFeature, matchingIds } from "../symbology/hidden-state.ts";
import type { FeatureRecord } from "./feature-record.ts";
import type { PreparedLayer } from "./prepared-layer.ts";

const filterable = new WeakMap<PreparedLayer, FilterableFeature[]>();

/** Built once per layer: an imported layer may hold 100,000 features, and layers are synced on every change. */
export function filterableFeatures(layer: PreparedLayer): FilterableFeature[] {
  let features = filterable.get(layer);
  if (!features) {
    features = layer.collection.features.map((feature) => ({
      id: String(feature.properties?.id),
      properties: feature.properties ?? {},
    }));
    filterable.set(layer, features);
  }
  return features;
}

/**
 * Which features of each layer the filters keep, by layer id: evaluated once, and the panel counts, the feature
 * list and the map's hidden state are all read from it.
 */
export function matchingFeatures(
  layers: readonly PreparedLayer[],
  filters: FilterValues,
): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(layers.map((layer) => [layer.id, matchingIds(filterableFeatures(layer), filters)]));
}

/** The feature list: the records of the visible layers (places aside) that the filters keep, in layer order. */
export function listedRecords(
  layers: readonly PreparedLayer[],
  visible: ReadonlySet<string>,
  matching: ReadonlyMap<string, ReadonlySet<string>>,
): FeatureRecord[] {
  return layers
    .filter((layer) => visible.has(layer.id) && layer.kind !== "places")
    .flatMap((layer) => {
      const kept = matching.get(layer.id);
      return kept ? layer.records.filter((record) => kept.has(record.id)) : [];
    });
}
