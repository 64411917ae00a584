import { expect, test } from "vitest";
import type { FeatureRecord } from "../../../src/state/feature-record.ts";
import { sortFeatures } from "../../../src/ui/FeatureList.tsx";

function record(id: string, title: string, startMs?: number, confidence?: "high" | "low"): FeatureRecord {
  return { id, title, startMs, confidence } as FeatureRecord;
}

const features = [
  record("a", "Track 10 point 2", 200, "low"),
  record("b", "track 1 point 9", 100, "high"),
  record("c", "Éclair route", 100),
  record("d", "Alpha route", 100, "low"),
  record("e", "Zulu", undefined, "high"),
];

test("by date, then by title in the reader's collation (case and accents do not split the list)", () => {
  expect(sortFeatures(features, "date").map((feature) => feature.id)).toEqual(["e", "d", "c", "b", "a"]);
});

test("by confidence, then by date", () => {
  expect(sortFeatures(features, "confidence").map((feature) => feature.id)).toEqual([
    "e",
    "b",
    "d",
    "a",
    "c",
  ]);
});
