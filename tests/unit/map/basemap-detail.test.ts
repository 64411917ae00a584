import { beforeAll, describe, expect, test } from "vitest";
import type { View } from "../../../src/map/basemap-detail.ts";
import { deferredSourceIds } from "../../../src/symbology/basemap-layers.ts";

beforeAll(async () => {
  // The style resolves its files against the page; there is no page here.
  (globalThis as { document?: unknown }).document ??= { baseURI: "http://app.test/" };
  // The first import builds the basemap files when the cache has none (several seconds).
  await import("../../../src/map/base-style.ts");
}, 120_000);

type Sources = Record<string, { data: unknown }>;
const empty = { type: "FeatureCollection", features: [] };
const fileUrl = /^http:\/\/app\.test\/.*\.geojson/;

async function exportedSources(view: View): Promise<Sources> {
  const { baseStyle } = await import("../../../src/map/base-style.ts");
  const { withBasemapDetail } = await import("../../../src/map/basemap-detail.ts");
  return withBasemapDetail(baseStyle(), view).sources as Sources;
}

describe("the basemap's deferred files", () => {
  test("start empty in the live style, while the 50m world, borders and the eastern overview have their files", async () => {
    const { baseStyle } = await import("../../../src/map/base-style.ts");
    const sources = baseStyle().sources as Sources;
    for (const id of deferredSourceIds) expect([id, sources[id]?.data]).toEqual([id, empty]);
    for (const id of ["basemap-world-land", "basemap-borders", "basemap-water-towns-east"]) {
      expect(sources[id]?.data, id).toMatch(fileUrl);
    }
  });

  test("an export over the Tumen at zoom 7 has the 10m detail and the eastern detail, not the western parts", async () => {
    const sources = await exportedSources({ zoom: 7, bounds: [129.5, 41.9, 131.8, 42.9] });
    for (const id of [
      "basemap-detail-land",
      "basemap-detail-coast",
      "basemap-detail-water",
      "basemap-detail-borders",
      "basemap-detail-water-towns-east",
    ]) {
      expect(sources[id]?.data, id).toMatch(fileUrl);
    }
    expect(sources["basemap-water-towns-west"]?.data).toEqual(empty);
    expect(sources["basemap-borders-west"]?.data).toEqual(empty);
    expect(sources["basemap-detail-water-towns-west"]?.data).toEqual(empty);
  });

  test("an export of the whole story at zoom 4 has the western overview and no detail", async () => {
    const sources = await exportedSources({ zoom: 4, bounds: [20, 25, 150, 65] });
    const western = ["basemap-water-towns-west", "basemap-borders-west"];
    for (const id of western) expect(sources[id]?.data, id).toMatch(fileUrl);
    for (const id of deferredSourceIds.filter((id) => !western.includes(id))) {
      expect([id, sources[id]?.data]).toEqual([id, empty]);
    }
  });
});
