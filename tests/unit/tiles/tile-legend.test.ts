import { expect, test } from "vitest";
import { legendFor } from "../../../src/state/legend-for.ts";
import type { PreparedLayer } from "../../../src/state/prepared-layer.ts";
import { type TileLayer, tileLegendLayer } from "../../../src/tiles/tile-layers.ts";

const tile = (geometry: TileLayer["geometry"]): TileLayer => ({
  id: `tiles-0000000${geometry.length}`,
  archiveId: "00000001",
  sourceLayer: "positions",
  geometry,
  color: "#009e73",
  title: `test-vessels.pmtiles · positions · ${geometry}`,
});

const shipped: PreparedLayer = {
  id: "rail-link",
  title: "Tumangang–Khasan rail link",
  description: "",
  group: "munitions",
  color: "#d55e00",
  kind: "routes",
  defaultVisible: true,
  order: 1,
  collection: { type: "FeatureCollection", features: [] },
  records: [],
};

test("a tile layer's legend entry says it is drawn from vector tiles, in the sample of its geometry", () => {
  expect(tileLegendLayer(tile("points"))).toEqual({
    id: "tiles-00000006",
    title: "test-vessels.pmtiles · positions · points (vector tiles)",
    color: "#009e73",
    kind: "events",
  });
  expect(tileLegendLayer(tile("lines")).kind).toBe("routes");
  expect(tileLegendLayer(tile("polygons")).kind).toBe("areas");
});

test("the legend lists the visible layers, then the tile layers drawn beside them", () => {
  const legend = legendFor([shipped], new Set(["rail-link"]), [tileLegendLayer(tile("lines"))]);
  expect(legend.layers.map((layer) => layer.title)).toEqual([
    "Tumangang–Khasan rail link",
    "test-vessels.pmtiles · positions · lines (vector tiles)",
  ]);
  expect(legend.layers[1]?.sample).toBeDefined();
  expect(legendFor([shipped], new Set(), []).layers).toEqual([]);
});
