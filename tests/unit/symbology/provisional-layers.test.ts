import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, test } from "vitest";
import { styleLayersFor } from "../../../src/symbology/data-layers.ts";
import {
  isProvisionalLayer,
  provisionalStyleLayers,
  withoutProvisional,
} from "../../../src/symbology/provisional-layers.ts";

const empty = { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } };

function style(): StyleSpecification {
  return {
    version: 8,
    sources: { basemap: empty, "imported-aaaa0001": empty, "imported-bbbb0002": empty },
    layers: [
      { id: "basemap-land", type: "fill", source: "basemap" },
      ...styleLayersFor({ id: "imported-aaaa0001", color: "#6f6f6f", kind: "routes" }),
      ...provisionalStyleLayers("imported-bbbb0002", "#009e73"),
    ],
  };
}

describe("a file drawn while it is checked", () => {
  test("its layers pass the MapLibre style-spec validator and read no property of the file", () => {
    const layers = provisionalStyleLayers("imported-bbbb0002", "#009e73");
    expect(validateStyleMin({ ...style(), layers }).map((error) => error.message)).toEqual([]);
    // Nothing of the unchecked file is shown as text or used as a value: only its geometry type is read.
    const expressions = JSON.stringify(layers.map((layer) => ("paint" in layer ? layer.paint : {})));
    expect(expressions).not.toContain('"get"');
    expect(layers.some((layer) => layer.type === "symbol")).toBe(false);
    expect(layers.every(isProvisionalLayer)).toBe(true);
  });

  test("each geometry, single or multi, is drawn by exactly one of its layers (polygons also outlined)", () => {
    const layers = provisionalStyleLayers("imported-bbbb0002", "#009e73");
    const drawnBy = (type: string) =>
      layers
        .filter((layer) => JSON.stringify("filter" in layer ? layer.filter : []).includes(`"${type}"`))
        .map((layer) => layer.type);
    expect(drawnBy("Point")).toEqual(["circle"]);
    expect(drawnBy("MultiPoint")).toEqual(["circle"]);
    expect(drawnBy("LineString")).toEqual(["line"]);
    expect(drawnBy("MultiLineString")).toEqual(["line"]);
    expect(drawnBy("Polygon")).toEqual(["fill", "line"]);
    expect(drawnBy("MultiPolygon")).toEqual(["fill", "line"]);
  });

  test("an export's style leaves out the provisional layers and the source only they draw", () => {
    const exported = withoutProvisional(style());
    expect(Object.keys(exported.sources)).toEqual(["basemap", "imported-aaaa0001"]);
    expect(exported.layers.some(isProvisionalLayer)).toBe(false);
    expect(exported.layers.length).toBe(style().layers.length - 3);
  });

  test("a style without provisional layers is returned as it is", () => {
    const plain = { ...style(), layers: style().layers.filter((layer) => !isProvisionalLayer(layer)) };
    expect(withoutProvisional(plain)).toBe(plain);
  });
});
