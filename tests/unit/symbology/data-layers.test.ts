import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, test } from "vitest";
import { interactiveLayerIds, type LayerKind, styleLayersFor } from "../../../src/symbology/data-layers.ts";
import { globalStateDefaults } from "../../../src/symbology/filter-expression.ts";

const kinds: LayerKind[] = ["routes", "events", "places", "areas"];

function styleWith(kind: LayerKind) {
  return {
    version: 8 as const,
    state: globalStateDefaults,
    "font-faces": {
      "Noto Sans Regular": [{ url: "http://app.test/regular.woff2" }],
      "Noto Sans Bold": [{ url: "http://app.test/bold.woff2" }],
    },
    sources: {
      sample: { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } },
    },
    layers: styleLayersFor({ id: "sample", color: "#d55e00", kind }),
  };
}

describe("data layer styles", () => {
  test.each(kinds)("the %s layers pass the MapLibre style-spec validator", (kind) => {
    expect(validateStyleMin(styleWith(kind)).map((error) => error.message)).toEqual([]);
  });

  test.each(kinds)("every %s layer reads the same visibility filter", (kind) => {
    for (const layer of styleLayersFor({ id: "sample", color: "#000000", kind })) {
      expect(JSON.stringify("filter" in layer ? layer.filter : null)).toContain("global-state");
    }
  });

  test("routes draw a casing, the line and direction arrows; clicks hit the line only", () => {
    const layer = { id: "rail", color: "#d55e00", kind: "routes" as const };
    expect(styleLayersFor(layer).map((style) => style.id)).toEqual([
      "rail--casing",
      "rail--line",
      "rail--arrows",
    ]);
    expect(interactiveLayerIds(layer)).toEqual(["rail--line"]);
  });

  test("confidence sets the dash pattern of route lines", () => {
    const line = styleLayersFor({ id: "rail", color: "#d55e00", kind: "routes" })[1];
    const dash = JSON.stringify(line && "paint" in line ? line.paint?.["line-dasharray" as never] : null);
    expect(dash).toContain('"high",["literal",[1,0]]');
    expect(dash).toContain('"moderate",["literal",[3,2]]');
    expect(dash).toContain('"low",["literal",[0,2]]');
  });
});
