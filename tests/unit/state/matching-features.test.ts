import { expect, test } from "vitest";
import { layerPanelGroups } from "../../../src/state/layer-panel-rows.ts";
import { listedRecords, matchingFeatures } from "../../../src/state/matching-features.ts";
import type { PreparedLayer } from "../../../src/state/prepared-layer.ts";
import { unfilteredValues } from "../../../src/symbology/filter-expression.ts";

function layer(id: string, group: string, kind: PreparedLayer["kind"], ranks: number[]): PreparedLayer {
  const features = ranks.map((rank, index) => ({
    type: "Feature" as const,
    geometry: { type: "Point" as const, coordinates: [131, 43] },
    properties: { id: `${id}-${index}`, confidence_rank: rank },
  }));
  return {
    id,
    title: id,
    description: id,
    group,
    color: "#000000",
    kind,
    defaultVisible: true,
    order: 1,
    collection: { type: "FeatureCollection", features },
    records: features.map(
      (feature) => ({ id: feature.properties.id, layerId: id }) as PreparedLayer["records"][number],
    ),
    imported: false,
  } as PreparedLayer;
}

const layers = [
  layer("rail", "munitions-flow", "routes", [1, 3, 3]),
  layer("places", "places", "places", [0, 0]),
];

test("the filters are evaluated once; counts, the list and the map's state all read the same result", () => {
  const matching = matchingFeatures(layers, { ...unfilteredValues, minimumConfidenceRank: 2 });
  expect(matching.get("rail")).toEqual(new Set(["rail-1", "rail-2"]));
  const rows = layerPanelGroups(layers, new Set(["rail", "places"]), matching);
  expect(rows.flatMap((group) => group.layers.map((row) => [row.id, row.count, row.total]))).toEqual([
    ["rail", 2, 3],
    ["places", 0, 2],
  ]);
  expect(listedRecords(layers, new Set(["rail", "places"]), matching).map((record) => record.id)).toEqual([
    "rail-1",
    "rail-2",
  ]);
  expect(listedRecords(layers, new Set(["places"]), matching)).toEqual([]);
});
