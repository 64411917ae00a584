import { beforeAll, describe, expect, test } from "vitest";
import { detailSourceIds } from "../../../src/symbology/basemap-layers.ts";

beforeAll(() => {
  // The style resolves its files against the page; there is no page here.
  (globalThis as { document?: unknown }).document ??= { baseURI: "http://app.test/" };
});

describe("the basemap's 10m detail", () => {
  test("starts empty in the live style, while the 50m world and the borders have their files", async () => {
    const { baseStyle } = await import("../../../src/map/base-style.ts");
    const sources = baseStyle().sources as Record<string, { data: unknown }>;
    for (const id of detailSourceIds) {
      expect([id, sources[id]?.data]).toEqual([id, { type: "FeatureCollection", features: [] }]);
    }
    expect(sources["basemap-world-land"]?.data).toMatch(/^http:\/\/app\.test\/.*\.geojson/);
    expect(sources["basemap-borders"]?.data).toMatch(/^http:\/\/app\.test\/.*\.geojson/);
  });

  test("is in place in an export's style, whatever the screen has loaded", async () => {
    const { baseStyle } = await import("../../../src/map/base-style.ts");
    const { withBasemapDetail } = await import("../../../src/map/basemap-detail.ts");
    const sources = withBasemapDetail(baseStyle()).sources as Record<string, { data: unknown }>;
    for (const id of detailSourceIds) {
      expect(sources[id]?.data, id).toMatch(/^http:\/\/app\.test\/.*detail.*\.geojson/);
    }
  });
});
