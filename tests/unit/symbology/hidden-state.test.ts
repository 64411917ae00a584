import { describe, expect, test } from "vitest";
import { unfilteredValues } from "../../../src/symbology/filter-expression.ts";
import { hiddenChanges, hiddenIds, matchingIds } from "../../../src/symbology/hidden-state.ts";

const day = 86_400_000;
const features = [
  { id: "old-low", properties: { start_ms: 0, end_ms: day, confidence_rank: 1 } },
  { id: "new-high", properties: { start_ms: 10 * day, end_ms: 20 * day, confidence_rank: 3 } },
  { id: "place", properties: {} },
];

describe("hidden features", () => {
  test("a layer switched off hides every feature, whatever the filters", () => {
    expect(hiddenIds(features, false, null)).toEqual(new Set(["old-low", "new-high", "place"]));
    expect(hiddenIds(features, false, matchingIds(features, unfilteredValues))).toEqual(
      new Set(["old-low", "new-high", "place"]),
    );
  });

  test("a shown layer hides what the filters leave out, and nothing without filters", () => {
    expect(hiddenIds(features, true, null)).toEqual(new Set());
    const hidden = (filters: typeof unfilteredValues) =>
      hiddenIds(features, true, matchingIds(features, filters));
    expect(hidden(unfilteredValues)).toEqual(new Set());
    expect(hidden({ ...unfilteredValues, minimumConfidenceRank: 2 })).toEqual(new Set(["old-low"]));
    expect(hidden({ ...unfilteredValues, rangeStartMs: 21 * day })).toEqual(new Set(["old-low", "new-high"]));
  });

  test("changes write only the features whose state differs", () => {
    expect(hiddenChanges(new Set(["a", "b"]), new Set(["b", "c"]))).toEqual([
      { id: "c", hidden: true },
      { id: "a", hidden: false },
    ]);
    expect(hiddenChanges(new Set(["a"]), new Set(["a"]))).toEqual([]);
  });
});
