/**
 * Checks and prepares the data in geojson/ at build time, with the same schema `npm run validate` uses: the
 * app then loads one prepared JSON file instead of running zod and turf in the page before the map is ready.
 * Data the schema rejects outright stops the build with the validator's messages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem, parseDataset } from "../src/data/index.ts";
import { prepareLayers } from "../src/prepare/prepare-layers.ts";
import type { PreparedDataset } from "../src/state/bundled-dataset.ts";

export function dataFileNames(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => /\.(geo)?json$/.test(name))
    .sort();
}

export function prepareBundledDataset(directory: string): PreparedDataset {
  const texts = Object.fromEntries(
    dataFileNames(directory).map((name) => [name, readFileSync(join(directory, name), "utf8")]),
  );
  const { dataset, problems } = parseDataset(texts);
  const messages = problems.map(formatProblem);
  if (!dataset) {
    throw new Error(`The data in ${directory} cannot be used:\n${messages.join("\n")}`);
  }
  const { layers, dateBounds } = prepareLayers(dataset);
  return {
    layers,
    publications: [...dataset.publications.values()],
    tour: dataset.tour,
    problems: messages,
    dateBounds,
  };
}
