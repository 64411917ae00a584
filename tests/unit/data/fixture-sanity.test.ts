import { expect, test } from "vitest";
import { parseDataset } from "../../../src/data/index.ts";
import { datasetFiles, problemsOf, today } from "./dataset-fixture.ts";

test("the fixture dataset has no problems, so each other test's problem comes from what it breaks", () => {
  expect(problemsOf()).toEqual([]);
});

test("the fixture dataset parses into its layers, places and publications", () => {
  const { dataset } = parseDataset(datasetFiles(), { today });
  expect(dataset?.layers.map((layer) => [layer.entry.id, layer.collection.features.length])).toEqual([
    ["routes", 1],
    ["places", 2],
  ]);
  expect([...(dataset?.places.keys() ?? [])]).toEqual(["place-port", "place-facility"]);
  expect(dataset?.publications.size).toBe(2);
});
