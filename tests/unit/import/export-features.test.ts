import { expect, test } from "vitest";
import { parseUserCollection } from "../../../src/data/index.ts";
import { collectionBlob, featuresBlob } from "../../../src/import/export-features.ts";
import { fixtureBytes, importBytes, projectPublications, today } from "./import-fixture.ts";

test("a downloaded layer imports again as it was: the import's own mark is removed", async () => {
  const { result } = await importBytes("sourced.geojson", fixtureBytes("sourced.geojson"));
  const features = result.collection?.features ?? [];
  const text = await collectionBlob([featuresBlob(features)]).text();
  const again = parseUserCollection("again.geojson", text, {
    publications: new Map(projectPublications().map((publication) => [publication.id, publication])),
    today,
  });
  expect(again.problems).toEqual([]);
  expect(again.summary).toEqual({ total: 1, imported: 1, unsourced: 0 });
  expect(JSON.parse(text).features[0].properties).not.toHaveProperty("unsourced");
});

test("several layers in one file: each feature names its layer; empty layers leave no stray comma", async () => {
  const { result } = await importBytes("mixed-geometries.geojson", fixtureBytes("mixed-geometries.geojson"));
  const features = result.collection?.features ?? [];
  const text = await collectionBlob([
    featuresBlob(features, "Mine"),
    featuresBlob([], "Empty"),
    featuresBlob(features.slice(0, 1), "Other"),
  ]).text();
  const parsed = JSON.parse(text);
  expect(parsed.type).toBe("FeatureCollection");
  expect(parsed.features.map((feature: { layer: string }) => feature.layer)).toEqual([
    "Mine",
    "Mine",
    "Mine",
    "Other",
  ]);
});
