/**
 * Makes the project's copy of the Natural Earth 1:10m extracts (rivers, lakes, towns, ports) that
 * scripts/basemap-data.ts builds into the basemap. Run by hand when the extracts change, never by the build:
 *
 *   npx tsx scripts/basemap-data/trim-natural-earth.ts <folder with the ne_10m_*.geojson extracts>
 *
 * It keeps only what the basemap draws (see natural-earth/README.md): the properties named below, features that
 * reach north of 25°N (the story runs from Zhoushan at 30°N to the Arctic), coordinates as given (4 decimals).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, Geometry } from "geojson";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "natural-earth");
const sourceFolder = process.argv[2];
if (!sourceFolder) throw new Error("Give the folder that holds the ne_10m_*.geojson extracts.");

const kept: Record<string, readonly string[]> = {
  "ne_10m_rivers_lake_centerlines.geojson": [
    "name",
    "name_en",
    "scalerank",
    "featurecla",
    "min_zoom",
    "min_label",
  ],
  "ne_10m_lakes.geojson": ["name", "name_alt", "scalerank", "min_zoom", "min_label"],
  "ne_10m_populated_places.geojson": [
    "name",
    "scalerank",
    "labelrank",
    "featurecla",
    "adm0cap",
    "pop_max",
    "min_zoom",
  ],
  "ne_10m_ports.geojson": ["name", "scalerank"],
};

const southernLimit = 25;

/** The largest latitude among a geometry's positions (every second number of its coordinates). */
function northernmost(geometry: Geometry): number {
  const numbers = JSON.stringify("coordinates" in geometry ? geometry.coordinates : []).match(
    /-?\d+(\.\d+)?/g,
  );
  let north = -90;
  for (let index = 1; index < (numbers?.length ?? 0); index += 2)
    north = Math.max(north, Number(numbers?.[index]));
  return north;
}

for (const [name, properties] of Object.entries(kept)) {
  const collection = JSON.parse(readFileSync(resolve(sourceFolder, name), "utf8")) as FeatureCollection;
  const features: Feature[] = collection.features
    .filter((feature) => feature.geometry && northernmost(feature.geometry) >= southernLimit)
    .map((feature) => ({
      type: "Feature",
      properties: Object.fromEntries(properties.map((key) => [key, feature.properties?.[key] ?? null])),
      geometry: feature.geometry,
    }));
  // One feature a line: small diffs when the extracts change.
  const text = `{"type":"FeatureCollection","features":[\n${features.map((feature) => JSON.stringify(feature)).join(",\n")}\n]}\n`;
  writeFileSync(join(target, name), text);
  console.log(`${name}: ${features.length} of ${collection.features.length} features, ${text.length} bytes`);
}
