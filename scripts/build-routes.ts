/**
 * Writes the geometry of every route, event and area feature in geojson/ from the named places and the recipes
 * in build-routes-recipes.ts, so that the committed geometry is reproducible. Properties are left as they are.
 *
 *   npm run routes
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { area, polygon, simplify } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { formatDatasetJson } from "../src/files/dataset-json.ts";
import { placePointsFrom } from "../src/routing/index.ts";
import { buildGeometry, type PlaceCoordinates } from "./build-routes-recipes.ts";

export const geojsonDirectory = fileURLToPath(new URL("../geojson/", import.meta.url));
const countriesFile = fileURLToPath(
  new URL("../node_modules/world-atlas/countries-50m.json", import.meta.url),
);

type RawFeature = { type: "Feature"; geometry: unknown; properties: { id: string; waypoints?: string[] } };
type RawCollection = { type: "FeatureCollection"; features: RawFeature[] };
type ManifestEntry = { id: string; file: string; kind: string };

export function readJson<T>(fileName: string): T {
  return JSON.parse(readFileSync(join(geojsonDirectory, fileName), "utf8")) as T;
}

/**
 * The largest polygon of a Natural Earth country, simplified (about 5 km): an outline that stands for the
 * country, not a border to measure against.
 */
export function countryOutline(country: string): number[][][] {
  const topology = JSON.parse(readFileSync(countriesFile, "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const found = collection.features.find((candidate) => candidate.properties?.name === country);
  if (!found) throw new Error(`country "${country}" is not in world-atlas`);
  const geometry = found.geometry as Polygon | MultiPolygon;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons
    .map((rings) => ({ rings, size: area(polygon(rings)) }))
    .sort((left, right) => right.size - left.size)[0];
  if (!largest) throw new Error(`country "${country}" has no polygon`);
  const outer = [largest.rings[0] as number[][]];
  return simplify(polygon(outer), { tolerance: 0.05, highQuality: true }).geometry.coordinates;
}

export function placeCoordinates(places: RawCollection): PlaceCoordinates {
  return new Map(placePointsFrom(places).map((place) => [place.id, place]));
}

/** The layer's features with rebuilt geometry (places are returned unchanged). */
export function rebuildLayer(
  entry: ManifestEntry,
  collection: RawCollection,
  places: PlaceCoordinates,
): RawCollection {
  if (entry.kind === "places") return collection;
  return {
    ...collection,
    features: collection.features.map((raw) => ({
      type: raw.type,
      geometry: buildGeometry(raw.properties, entry.kind, places, countryOutline),
      properties: raw.properties,
    })),
  };
}

function main(): void {
  const manifest = readJson<{ layers: ManifestEntry[] }>("layers.json");
  const placesEntry = manifest.layers.find((entry) => entry.kind === "places");
  if (!placesEntry) throw new Error("layers.json has no places layer");
  const places = placeCoordinates(readJson<RawCollection>(placesEntry.file));
  for (const entry of manifest.layers) {
    const rebuilt = rebuildLayer(entry, readJson<RawCollection>(entry.file), places);
    writeFileSync(join(geojsonDirectory, entry.file), formatDatasetJson(rebuilt));
    console.log(`${entry.file}: ${rebuilt.features.length} features`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    main();
  } catch (error) {
    console.error(`routes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
