import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { ExportLayer } from "../../../src/formats/export-layer.ts";
import { kmlDocument } from "../../../src/formats/kml-write.ts";
import { importBytes, projectPublications } from "../import/import-fixture.ts";

type Manifest = { layers: Array<{ title: string; color: string; group: string; file: string }> };
type Feature = { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> };

const manifest = JSON.parse(readFileSync("geojson/layers.json", "utf8")) as Manifest;
const shipped: ExportLayer[] = manifest.layers.map((entry) => ({
  title: entry.title,
  color: entry.color,
  group: entry.group,
  features: (JSON.parse(readFileSync(`geojson/${entry.file}`, "utf8")) as { features: Feature[] }).features,
}));
const publications = new Map(projectPublications().map((publication) => [publication.id, publication]));

/**
 * What KML cannot hold, and so does not come back: a Multi* geometry of one part (togeojson reads a
 * MultiGeometry of one child as that child) returns as the single geometry. Nothing else differs.
 */
function asKmlReturnsIt(geometry: Feature["geometry"]): Feature["geometry"] {
  const single = { MultiPoint: "Point", MultiLineString: "LineString", MultiPolygon: "Polygon" }[
    geometry.type
  ];
  const parts = geometry.coordinates as unknown[];
  return single && parts.length === 1 ? { type: single, coordinates: parts[0] } : geometry;
}

describe("every shipped layer as KML and back through the import", async () => {
  const kml = kmlDocument("All layers", shipped, publications);
  const { result, report } = await importBytes("all-layers.kml", kml);

  test("nothing is refused; every feature is as sourced as when its GeoJSON file is imported", async () => {
    expect(report.errors).toEqual([]);
    const total = shipped.reduce((sum, layer) => sum + layer.features.length, 0);
    expect(result.summary.imported).toBe(total);
    const asGeojson = await Promise.all(
      manifest.layers.map((entry) => importBytes(entry.file, readFileSync(`geojson/${entry.file}`))),
    );
    const unsourced = (layers: ReadonlyArray<{ features: Array<{ properties: { unsourced: boolean } }> }>) =>
      layers.map((layer) => layer.features.map((feature) => feature.properties.unsourced));
    expect(unsourced(result.layers)).toEqual(
      unsourced(asGeojson.map(({ result }) => result.layers[0] ?? { features: [] })),
    );
    // Features that cite publications come back sourced (their citations resolve again).
    expect(result.summary.unsourced).toBeLessThan(total / 2);
  });

  test("one layer per shipped layer, named by its title", () => {
    expect(result.layers.map((layer) => layer.name)).toEqual(shipped.map((layer) => layer.title));
  });

  test.each(shipped.map((layer, index) => [layer.title, index] as const))(
    "%s: the same features, properties and geometry",
    (_title, index) => {
      const original = shipped[index]?.features as Feature[];
      const back = result.layers[index]?.features ?? [];
      expect(back.map(({ properties: { unsourced: _mark, ...properties } }) => properties)).toEqual(
        original.map((feature) => feature.properties),
      );
      expect(back.map((feature) => feature.geometry)).toEqual(
        original.map((feature) => asKmlReturnsIt(feature.geometry)),
      );
    },
  );
});
