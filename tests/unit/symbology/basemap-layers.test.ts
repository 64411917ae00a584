import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, test } from "vitest";
import {
  type BasemapUrls,
  basemapFileNames,
  basemapLayers,
  basemapSources,
} from "../../../src/symbology/basemap-layers.ts";

const urls = Object.fromEntries(
  basemapFileNames.map((name) => [name, `http://app.test/${name}.geojson`]),
) as BasemapUrls;

function style() {
  return {
    version: 8 as const,
    "font-faces": { "Noto Sans Regular": [{ url: "http://app.test/latin.woff2" }] },
    sources: basemapSources(urls),
    layers: basemapLayers(),
  };
}

describe("basemap style", () => {
  test("passes the MapLibre style-spec validator", () => {
    expect(validateStyleMin(style())).toEqual([]);
  });

  test("every layer's source is one of the basemap sources", () => {
    const sources = Object.keys(basemapSources(urls));
    const used = basemapLayers().flatMap((layer) => ("source" in layer ? [layer.source] : []));
    expect(used.filter((source) => !sources.includes(source as string))).toEqual([]);
  });

  test("the 10m detail is drawn above the 50m world", () => {
    const order = basemapLayers().map((layer) => layer.id);
    expect(order.indexOf("basemap-detail-water")).toBeGreaterThan(order.indexOf("basemap-world-coast"));
    expect(order.indexOf("basemap-detail-land")).toBeGreaterThan(order.indexOf("basemap-detail-water"));
  });

  test("labels use only fonts the style declares, so no glyph server is asked", () => {
    const fonts = basemapLayers().flatMap((layer) =>
      layer.type === "symbol" ? ((layer.layout?.["text-font"] as string[]) ?? []) : [],
    );
    expect(new Set(fonts)).toEqual(new Set(["Noto Sans Regular"]));
    expect(style()).not.toHaveProperty("glyphs");
  });
});
