import { type FilterableProperties, type FilterValues, passesFilter } from "./filter-expression.ts";

/**
 * The feature state that hides a feature whose layer is switched off or which the filters leave out. Opacity
 * expressions read it, so showing and hiding repaints without MapLibre re-tiling its sources.
 */
export const hiddenState = "hidden";

export type FilterableFeature = { id: string; properties: FilterableProperties };

/** The ids of the features the filters keep: the one place the filters are evaluated (counts, list and map). */
export function matchingIds(features: readonly FilterableFeature[], filters: FilterValues): Set<string> {
  return new Set(
    features.filter((feature) => passesFilter(feature.properties, filters)).map((feature) => feature.id),
  );
}

/**
 * The ids to hide in one layer: all of them when the layer is off, else those not `matching` the filters (null:
 * no filter, nothing hidden).
 */
export function hiddenIds(
  features: readonly FilterableFeature[],
  layerShown: boolean,
  matching: ReadonlySet<string> | null,
): Set<string> {
  if (!layerShown) return new Set(features.map((feature) => feature.id));
  if (!matching) return new Set();
  return new Set(features.filter((feature) => !matching.has(feature.id)).map((feature) => feature.id));
}

/** The feature-state writes that take a layer from `before` to `after`. */
export function hiddenChanges(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): Array<{ id: string; hidden: boolean }> {
  const changes: Array<{ id: string; hidden: boolean }> = [];
  for (const id of after) if (!before.has(id)) changes.push({ id, hidden: true });
  for (const id of before) if (!after.has(id)) changes.push({ id, hidden: false });
  return changes;
}
