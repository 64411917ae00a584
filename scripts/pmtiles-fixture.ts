/**
 * `npx tsx scripts/pmtiles-fixture.ts [out-dir]`: writes the small PMTiles archives the tests open
 * (tests/fixtures/tiles/ by default). Clearly fictional test data: invented points and a line with a `title`.
 *
 *   test-vessels.pmtiles  vector (MVT, gzip): layers "positions" (3 points) and "tracks" (1 line), zoom 0–7
 *   test-raster.pmtiles   one 1 × 1 PNG tile: the app must refuse it (vector archives only)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { PNG } from "pngjs";
import { boundsOfLayers, cutVectorTiles, vectorLayersOf } from "./pmtiles/vector-tiles.ts";
import { writePmtiles } from "./pmtiles/write-pmtiles.ts";

const repository = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const fixtureZooms = { minZoom: 0, maxZoom: 7 } as const;

/** Fictional test features: the names say so. */
export function fixtureLayers(): Record<string, FeatureCollection> {
  const point = (title: string, longitude: number, latitude: number, speed: number) => ({
    type: "Feature" as const,
    properties: { title, speed_knots: speed, note: "fictional test data" },
    geometry: { type: "Point" as const, coordinates: [longitude, latitude] },
  });
  return {
    positions: {
      type: "FeatureCollection",
      features: [
        point("Test vessel Alpha", 133, 40, 11.5),
        point("Test vessel Bravo", 135, 41, 8),
        point("Test vessel Charlie", 137, 42, 0),
      ],
    },
    tracks: {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { title: "Test track One", note: "fictional test data" },
          geometry: {
            type: "LineString",
            coordinates: [
              [132, 38],
              [134, 39],
              [136, 39.5],
            ],
          },
        },
      ],
    },
  };
}

export function vectorFixture(): Uint8Array {
  const layers = fixtureLayers();
  return writePmtiles(cutVectorTiles(layers, fixtureZooms), {
    tileType: "mvt",
    tileCompression: "gzip",
    metadata: {
      name: "Test vessels (fictional)",
      description: "Fictional test data for the app's tests",
      vector_layers: vectorLayersOf(layers, fixtureZooms),
    },
    bounds: boundsOfLayers(layers),
  });
}

export function rasterFixture(): Uint8Array {
  const png = new PNG({ width: 1, height: 1 });
  png.data.set([0, 114, 178, 255]);
  return writePmtiles([{ z: 0, x: 0, y: 0, data: new Uint8Array(PNG.sync.write(png)) }], {
    tileType: "png",
    tileCompression: "none",
    metadata: { name: "Test raster (fictional)" },
    bounds: [-180, -85, 180, 85],
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(repository, "tests/fixtures/tiles"));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "test-vessels.pmtiles"), vectorFixture());
  writeFileSync(join(out, "test-raster.pmtiles"), rasterFixture());
  console.log(`Wrote test-vessels.pmtiles and test-raster.pmtiles to ${out}`);
}
