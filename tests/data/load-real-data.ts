/** The committed data in geojson/, read once per test file. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Dataset,
  isPlaceFeature,
  type PlaceFeature,
  parseDataset,
  type RouteFeature,
} from "../../src/data/index.ts";

export const geojsonDirectory = fileURLToPath(new URL("../../geojson/", import.meta.url));

export function realFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(geojsonDirectory)
      .filter((name) => name.endsWith(".json") || name.endsWith(".geojson"))
      .map((name) => [name, readFileSync(join(geojsonDirectory, name), "utf8")]),
  );
}

export function realDataset(): { dataset: Dataset; problems: ReturnType<typeof parseDataset>["problems"] } {
  const { dataset, problems } = parseDataset(realFiles());
  if (!dataset) throw new Error(`the real data did not parse: ${JSON.stringify(problems)}`);
  return { dataset, problems };
}

export function routeFeatures(dataset: Dataset): Array<{ layer: string; feature: RouteFeature }> {
  return dataset.layers.flatMap(({ entry, collection }) =>
    collection.features
      .filter((feature): feature is RouteFeature => !isPlaceFeature(feature))
      .map((feature) => ({ layer: entry.id, feature })),
  );
}

export function placeFeatures(dataset: Dataset): PlaceFeature[] {
  return [...dataset.places.values()];
}
