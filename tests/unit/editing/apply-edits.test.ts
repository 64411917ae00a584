import { expect, test } from "vitest";
import { applyEdits, changedFiles } from "../../../src/editing/apply-edits.ts";
import type { EditedFeature, LocalEdits } from "../../../src/editing/types.ts";
import { formatDatasetJson } from "../../../src/files/dataset-json.ts";
import { readShippedTexts } from "../../support/shipped-texts.ts";

const shipped = readShippedTexts();
const savedAt = "2026-01-01T00:00:00.000Z";

type Collection = { features: EditedFeature[] };

function firstFeature(file: string): EditedFeature {
  const feature = (JSON.parse(shipped[file] as string) as Collection).features[0];
  if (!feature) throw new Error(`${file} has no feature`);
  return feature;
}

// tour.json is formatted by hand (short objects on one line) and the editor never writes it.
const writtenFiles = Object.keys(shipped).filter((name) => name !== "tour.json");

test.each(writtenFiles)("%s re-formats to exactly its committed bytes", (name) => {
  const text = shipped[name] as string;
  expect(formatDatasetJson(JSON.parse(text))).toBe(text);
});

test("no edits change no file", () => {
  const applied = applyEdits(shipped, { features: {}, publications: {} });
  expect(changedFiles(shipped, applied)).toEqual([]);
});

test("a corrected feature replaces the shipped one in place: only its changed line differs", () => {
  const feature = structuredClone(firstFeature("rail-link.geojson"));
  const id = feature.properties.id as string;
  feature.properties.title = "A corrected title for the test";
  const edits: LocalEdits = {
    features: { [id]: { file: "rail-link.geojson", feature, savedAt } },
    publications: {},
  };
  const applied = applyEdits(shipped, edits);
  expect(changedFiles(shipped, applied)).toEqual(["rail-link.geojson"]);
  const before = (shipped["rail-link.geojson"] as string).split("\n");
  const after = (applied["rail-link.geojson"] as string).split("\n");
  expect(after).toHaveLength(before.length);
  const differing = after.flatMap((line, index) => (line === before[index] ? [] : [index]));
  expect(differing).toHaveLength(1);
  expect(after[differing[0] as number]).toContain('"title": "A corrected title for the test"');
});

test("a corrected feature keeps the committed key order, even where it differs from the schema's", () => {
  const file = "events.geojson";
  const collection = JSON.parse(shipped[file] as string) as Collection;
  const feature = collection.features.find(
    (candidate) => candidate.properties.id === "sanctions-versor-verus-2023-08-16",
  );
  if (!feature) throw new Error("the feature is not in events.geojson");
  // Keys rebuilt in the schema's order, as the form gives them back.
  const { discrepancies, waypoints, location_note, ...rest } = feature.properties;
  const reordered = { ...feature, properties: { ...rest, discrepancies, waypoints, location_note } };
  const applied = applyEdits(shipped, {
    features: { [rest.id as string]: { file, feature: reordered, savedAt } },
    publications: {},
  });
  expect(applied[file]).toBe(shipped[file]);
});

test("a new feature is appended to its file with the schema's key order, and a new optional key lands in place", () => {
  const file = "rail-link.geojson";
  const base = structuredClone(firstFeature(file));
  const { notes: _notes, location_note: _location, waypoints: _waypoints, ...properties } = base.properties;
  // Keys given in reverse order: the file gets them in the schema's order.
  const reversed = Object.fromEntries(Object.entries({ ...properties, id: "test-new-feature" }).reverse());
  const feature: EditedFeature = { type: "Feature", geometry: base.geometry, properties: reversed };
  const applied = applyEdits(shipped, {
    features: { "test-new-feature": { file, feature, savedAt } },
    publications: {},
  });
  const features = (JSON.parse(applied[file] as string) as Collection).features;
  const added = features.at(-1) as EditedFeature;
  expect(added.properties.id).toBe("test-new-feature");
  expect(Object.keys(added)).toEqual(["type", "geometry", "properties"]);
  expect(Object.keys(added.properties).slice(0, 6)).toEqual([
    "id",
    "title",
    "claim",
    "status",
    "confidence",
    "confidence_note",
  ]);
  const before = (shipped[file] as string).split("\n");
  const after = (applied[file] as string).split("\n");
  // Everything up to the end of the last shipped feature is unchanged.
  expect(after.slice(0, before.length - 4)).toEqual(before.slice(0, before.length - 4));
});

test("a new publication is appended in the schema's key order, a corrected one replaced in place", () => {
  const publications = (
    JSON.parse(shipped["publications.json"] as string) as {
      publications: Record<string, unknown>[];
    }
  ).publications;
  const first = publications[0] as Record<string, unknown>;
  const added = {
    reliability: "C",
    kind: "news",
    published: "2025-01",
    title: "A fictional article for the test",
    publisher: "Test Publisher",
    id: "test-publisher-2025-01-fictional-article",
  };
  const applied = applyEdits(shipped, {
    features: {},
    publications: {
      [added.id]: { publication: added, savedAt },
      [first.id as string]: { publication: { ...first, note: "A corrected note for the test." }, savedAt },
    },
  });
  expect(changedFiles(shipped, applied)).toEqual(["publications.json"]);
  const result = (
    JSON.parse(applied["publications.json"] as string) as {
      publications: Record<string, unknown>[];
    }
  ).publications;
  expect(result).toHaveLength(publications.length + 1);
  expect(Object.keys(result.at(-1) as object)).toEqual([
    "id",
    "publisher",
    "title",
    "published",
    "kind",
    "reliability",
  ]);
  expect(Object.keys(result[0] as object)).toEqual(Object.keys(first));
  expect((result[0] as { note: string }).note).toBe("A corrected note for the test.");
});

test("applying the same edits twice gives the same bytes", () => {
  const feature = structuredClone(firstFeature("rail-link.geojson"));
  feature.properties.claim = "A fictional claim for the test.";
  const edits: LocalEdits = {
    features: { [feature.properties.id as string]: { file: "rail-link.geojson", feature, savedAt } },
    publications: {},
  };
  const once = applyEdits(shipped, edits);
  expect(applyEdits(shipped, edits)).toEqual(once);
  expect(applyEdits(once, edits)).toEqual(once);
});
