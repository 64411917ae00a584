import { describe, expect, test } from "vitest";
import { mapSummary } from "../../../src/state/map-summary.ts";

const anyFilter = { range: { from: null, to: null }, minimumConfidence: "any" as const };
const features = [
  { period: { start: "2017-12-04" } },
  { period: { start: "2023-08", end: "2024-10-12" } },
  { period: { start: "2022-03-01", end: "2022-04" } },
  {},
];

describe("the map's summary in words", () => {
  test("counts layers and features, spans the features' dates and names the confidence filter", () => {
    expect(mapSummary({ ...anyFilter, layerCount: 9, features })).toBe(
      "9 layers, 4 features, Dec 2017 – Oct 2024, any confidence",
    );
  });

  test("the time filter, where set, is the span; an open side is the features' own", () => {
    expect(
      mapSummary({
        range: { from: "2023-08-01", to: null },
        minimumConfidence: "moderate",
        layerCount: 1,
        features: [{ period: { start: "2023-09-13", end: "2024-02" } }],
      }),
    ).toBe("1 layer, 1 feature, Aug 2023 – Feb 2024, confidence moderate and above");
    expect(
      mapSummary({
        range: { from: "2022-01-01", to: "2022-06-30" },
        ...{ minimumConfidence: "high" },
        layerCount: 2,
        features,
      }),
    ).toBe("2 layers, 4 features, Jan 2022 – Jun 2022, confidence high and above");
  });

  test("one month is named once; nothing shown says so and leaves the dates out", () => {
    expect(
      mapSummary({
        ...anyFilter,
        layerCount: 3,
        features: [{ period: { start: "2024-10-01", end: "2024-10-30" } }],
      }),
    ).toBe("3 layers, 1 feature, Oct 2024, any confidence");
    expect(mapSummary({ ...anyFilter, layerCount: 0, features: [] })).toBe(
      "0 layers, no features, any confidence",
    );
    expect(mapSummary({ ...anyFilter, layerCount: 2, features: [{}, {}] })).toBe(
      "2 layers, 2 features, any confidence",
    );
  });
});
