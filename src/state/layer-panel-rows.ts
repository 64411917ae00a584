import { layerGroups } from "../symbology/groups.ts";
import { layerSwatch, layerSwatchTitle } from "../symbology/swatch.ts";
import type { PreparedLayer } from "./prepared-layer.ts";

export type LayerRow = {
  id: string;
  title: string;
  /** CSS background: the layer's colour, grey or both where features are unsourced (symbology/swatch.ts). */
  swatch: string;
  swatchTitle?: string;
  /** Features the filters keep, of `total`. */
  count: number;
  total: number;
  visible: boolean;
};

export type LayerGroupRows = { group: string; title: string; layers: LayerRow[] };

const unsourcedCounts = new WeakMap<PreparedLayer, number>();

function unsourcedCount(layer: PreparedLayer): number {
  let count = unsourcedCounts.get(layer);
  if (count === undefined) {
    count = layer.imported ? layer.records.filter((record) => record.unsourced).length : 0;
    unsourcedCounts.set(layer, count);
  }
  return count;
}

/** The layer panel's rows, by group in panel order, with the counts read from `matching` (matching-features.ts). */
export function layerPanelGroups(
  layers: readonly PreparedLayer[],
  visible: ReadonlySet<string>,
  matching: ReadonlyMap<string, ReadonlySet<string>>,
): LayerGroupRows[] {
  return layerGroups
    .map((group) => ({
      group: group.id,
      title: group.title,
      layers: layers
        .filter((layer) => layer.group === group.id)
        .sort((a, b) => a.order - b.order)
        .map((layer) => ({
          id: layer.id,
          title: layer.title,
          swatch: layerSwatch(layer.color, unsourcedCount(layer), layer.records.length),
          swatchTitle: layerSwatchTitle(unsourcedCount(layer), layer.records.length),
          count: matching.get(layer.id)?.size ?? 0,
          total: layer.collection.features.length,
          visible: visible.has(layer.id),
        })),
    }))
    .filter((group) => group.layers.length > 0);
}
