import { featureFilter } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, test } from "vitest";
import {
  type FilterableProperties,
  type FilterValues,
  globalState,
  passesFilter,
  unfilteredValues,
  visibilityFilter,
} from "../../../src/symbology/filter-expression.ts";

const day = 86_400_000;
const features: FilterableProperties[] = [
  {},
  { start_ms: 0, end_ms: 10 * day, confidence_rank: 1 },
  { start_ms: 5 * day, end_ms: 5 * day + day - 1, confidence_rank: 2 },
  { start_ms: 20 * day, end_ms: 8_640_000_000_000_000, confidence_rank: 3 },
  { start_ms: 3 * day, end_ms: 4 * day, confidence_rank: 0 },
];
const filters: FilterValues[] = [
  unfilteredValues,
  { ...unfilteredValues, minimumConfidenceRank: 2 },
  { ...unfilteredValues, minimumConfidenceRank: 1 },
  { rangeStartMs: 6 * day, rangeEndMs: 15 * day, minimumConfidenceRank: 0 },
  { rangeStartMs: 21 * day, rangeEndMs: 30 * day, minimumConfidenceRank: 3 },
  { rangeStartMs: 10 * day, rangeEndMs: 10 * day, minimumConfidenceRank: 1 },
];

function evaluate(properties: FilterableProperties, values: FilterValues): boolean {
  const compiled = featureFilter(visibilityFilter(), "filter", globalState(values));
  return compiled.filter({ zoom: 5 }, { type: 1, properties, geometry: [] } as never);
}

describe("visibility filter", () => {
  test("MapLibre's evaluation of the expression agrees with the JavaScript rule used for counts", () => {
    for (const values of filters) {
      for (const properties of features) {
        expect([properties, values, evaluate(properties, values)]).toEqual([
          properties,
          values,
          passesFilter(properties, values),
        ]);
      }
    }
  });

  test("a place (no period, no confidence) always shows", () => {
    expect(passesFilter({}, { rangeStartMs: 0, rangeEndMs: 1, minimumConfidenceRank: 3 })).toBe(true);
  });

  test("an unsourced feature (rank 0) hides once any minimum confidence is chosen", () => {
    const unsourced = { start_ms: 0, end_ms: 1, confidence_rank: 0 };
    expect(passesFilter(unsourced, unfilteredValues)).toBe(true);
    expect(passesFilter(unsourced, { ...unfilteredValues, minimumConfidenceRank: 1 })).toBe(false);
  });

  test("a period that overlaps the range only partly still shows", () => {
    expect(
      passesFilter({ start_ms: 0, end_ms: 10 }, { ...unfilteredValues, rangeStartMs: 5, rangeEndMs: 20 }),
    ).toBe(true);
  });
});
