import { groupOrder, roleOfGroup } from "../symbology/groups.ts";
import { type LegendLayer, type LegendModel, legendModel } from "../symbology/legend-model.ts";
import type { PreparedLayer } from "./prepared-layer.ts";

/**
 * The legend of the visible layers, in group then manifest order, then `drawnBesides` (vector-tile layers, which
 * are on the map while they are open); it notes grey unsourced imports when shown.
 */
export function legendFor(
  layers: readonly PreparedLayer[],
  visible: ReadonlySet<string>,
  drawnBesides: readonly LegendLayer[] = [],
): LegendModel {
  const shown = layers.filter((layer) => visible.has(layer.id));
  return legendModel(
    [
      ...shown
        .sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || a.order - b.order)
        .map((layer) => ({
          id: layer.id,
          title: layer.title,
          color: layer.color,
          kind: layer.kind,
          role: roleOfGroup(layer.group),
        })),
      ...drawnBesides,
    ],
    {
      hasUnsourced: shown.some((layer) => layer.imported && layer.records.some((record) => record.unsourced)),
    },
  );
}
