import { expect, test } from "vitest";
import type { Publication } from "../../../src/data/index.ts";
import type { ImportedLayerMeta } from "../../../src/import/imported-layer.ts";
import { displayLimits, prepareImported } from "../../../src/import/prepare-imported.ts";
import { fixtureBytes, importBytes, projectPublications } from "./import-fixture.ts";

async function prepared(name: string) {
  const { result } = await importBytes(name, fixtureBytes(name));
  const meta: ImportedLayerMeta = {
    id: "imported-12345678",
    title: "Mine",
    fileName: name,
    color: "#009e73",
    importedAt: 1000,
    summary: result.summary,
  };
  const publications = new Map(
    projectPublications().map((publication: Publication) => [publication.id, publication]),
  );
  return prepareImported(meta, result.collection ?? { features: [] }, publications);
}

test("an imported layer sits in the group 'imported', visible, its feature ids prefixed by the layer id", async () => {
  const layer = await prepared("duplicate-ids.geojson");
  expect(layer).toMatchObject({
    id: "imported-12345678",
    group: "imported",
    defaultVisible: true,
    imported: true,
  });
  expect(layer.records.map((record) => record.id)).toEqual(["imported-12345678.0", "imported-12345678.1"]);
  expect(layer.collection.features.map((feature) => feature.properties?.id)).toEqual([
    "imported-12345678.0",
    "imported-12345678.1",
  ]);
});

test("unsourced features rank 0 for the confidence filter, carry `unsourced` for the grey style and have no period", async () => {
  const layer = await prepared("lone-feature.geojson");
  const properties = layer.collection.features[0]?.properties;
  expect(properties).toMatchObject({ unsourced: true, confidence_rank: 0, title: "A lone feature" });
  expect(properties).not.toHaveProperty("start_ms");
  expect(layer.records[0]).toMatchObject({ unsourced: true, title: "A lone feature", citations: [] });
});

test("a sourced feature resolves its citations and is drawn with its confidence and period", async () => {
  const layer = await prepared("sourced.geojson");
  const properties = layer.collection.features[0]?.properties;
  expect(properties).toMatchObject({ confidence: "low", confidence_rank: 1, unsourced: false });
  expect(properties?.start_ms).toBe(Date.UTC(2022, 10, 1));
  expect(layer.records[0]?.unsourced).toBe(false);
  expect(layer.records[0]?.citations[0]).toMatchObject({
    resolved: true,
    publicationId: "guardian-2022-11-kirby-shells",
  });
});

test("a 10,000-character title is shortened for the list, the panel and the map label", async () => {
  const layer = await prepared("long-title.geojson");
  const title = layer.records[0]?.title ?? "";
  expect(title.length).toBeLessThanOrEqual(displayLimits.title + 30);
  expect(title).toMatch(/… \(10,000 characters\)$/);
  expect(layer.collection.features[0]?.properties?.label).toBe(title);
});

test("only http(s) URLs become links; every other scheme stays text", async () => {
  const layer = await prepared("dangerous-urls.geojson");
  const rows = layer.records[0]?.fileProperties ?? [];
  expect(rows.filter((row) => row.href).map((row) => [row.name, row.href])).toEqual([
    ["safe_url", "https://example.org/report"],
  ]);
  expect(rows.find((row) => row.name === "url")?.text).toBe("javascript:alert(document.domain)");
});

test("HTML in a file is kept as the text it is", async () => {
  const layer = await prepared("html-in-every-field.geojson");
  expect(layer.records[0]?.title).toContain("<img src=x onerror=");
  expect(layer.records[0]?.fileProperties?.find((row) => row.name === "nested")?.text).toBe(
    '{"deeper":"<img src=x onerror=\\"window.__pwned=1;alert(1)\\"><script>window.__pwned=1;alert(1)</script>"}',
  );
});

test("a line across the antimeridian is unwrapped for drawing so it takes the short way", async () => {
  const layer = await prepared("antimeridian.geojson");
  const geometry = layer.collection.features[0]?.geometry;
  expect(geometry).toEqual({
    type: "LineString",
    coordinates: [
      [170.5, 60.1],
      [179.5, 62],
      [181.5, 64.2],
      [188, 64.4],
    ],
  });
});

test("a file of points, lines and areas keeps every feature; the legend shows its commonest kind", async () => {
  const layer = await prepared("mixed-geometries.geojson");
  expect(layer.collection.features.map((feature) => feature.geometry?.type)).toEqual([
    "Point",
    "LineString",
    "Polygon",
  ]);
  expect(["events", "routes", "areas"]).toContain(layer.kind);
});
