import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { prepareBundledDataset } from "../../../scripts/bundled-dataset.ts";

const dataDirectory = join(import.meta.dirname, "../../../geojson");
let scratch: string | null = null;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

function copyOfData(): string {
  scratch = mkdtempSync(join(tmpdir(), "dataset-"));
  cpSync(dataDirectory, scratch, { recursive: true });
  return scratch;
}

describe("the data prepared at build time", () => {
  test("holds every manifest layer, with records, map features and the file each came from", () => {
    const manifest = JSON.parse(readFileSync(join(dataDirectory, "layers.json"), "utf8")) as {
      layers: Array<{ id: string; file: string }>;
    };
    const dataset = prepareBundledDataset(dataDirectory);
    expect(dataset.problems).toEqual([]);
    expect(dataset.layers.map((layer) => [layer.id, layer.fileName])).toEqual(
      manifest.layers.map((entry) => [entry.id, entry.file]),
    );
    for (const layer of dataset.layers) {
      expect(layer.records.length, layer.id).toBe(layer.collection.features.length);
      expect(layer.records.length, layer.id).toBeGreaterThan(0);
    }
    expect(dataset.publications.length).toBeGreaterThan(10);
    expect(dataset.tour?.steps.length).toBeGreaterThan(0);
  });

  test("survives JSON unchanged: the page reads exactly what the build checked", () => {
    const dataset = prepareBundledDataset(dataDirectory);
    // No Map, Date, NaN or Infinity that JSON would turn into something else.
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(dataset);
    const rail = dataset.layers.find((layer) => layer.id === "rail-link");
    const feature = rail?.collection.features[0];
    expect(typeof feature?.properties?.start_ms).toBe("number");
    expect(typeof feature?.properties?.confidence_rank).toBe("number");
  });

  test("a file the schema rejects stops the build with the validator's message", () => {
    const directory = copyOfData();
    const path = join(directory, "rail-link.geojson");
    const collection = JSON.parse(readFileSync(path, "utf8"));
    const first = collection.features[0];
    first.properties.confidence = "certain";
    writeFileSync(path, JSON.stringify(collection));
    const dataset = prepareBundledDataset(directory);
    // One bad feature is left out and reported; the rest of the layer ships.
    expect(dataset.problems.join("\n")).toContain(
      `rail-link.geojson: feature ${first.properties.id}: properties.confidence`,
    );

    writeFileSync(join(directory, "layers.json"), "{ not json");
    expect(() => prepareBundledDataset(directory)).toThrow(/layers\.json/);
  });
});
