import { describe, expect, test } from "vitest";
import {
  crossing,
  defaultLimitSizes,
  featuresUnderLimit,
  parseSizes,
  type SizePoint,
} from "../../../scripts/bench/thresholds.ts";

const point = (features: number, ms: number): SizePoint => ({ features, bytes: features * 250, ms });

describe("parseSizes", () => {
  test("reads plain counts, thousands and millions, sorted and without repeats", () => {
    expect(parseSizes("10k, 5000,1.5m,5k,25_000")).toEqual([5_000, 10_000, 25_000, 1_500_000]);
  });

  test("refuses what is not a count", () => {
    expect(() => parseSizes("5k,lots")).toThrow(/"lots"/);
    expect(() => parseSizes("0")).toThrow(/at least 1/);
  });

  test("the default series reads back from its own text", () => {
    expect(parseSizes(defaultLimitSizes.join(","))).toEqual([...defaultLimitSizes]);
  });
});

describe("featuresUnderLimit", () => {
  test("scales the file's bytes per feature to the limit, down to a whole step", () => {
    // 263 bytes a feature: 104,857,600 / 263 = 398,698.1 → 398,000.
    expect(featuresUnderLimit(400_000, 105_200_000, 104_857_600)).toBe(398_000);
    expect(featuresUnderLimit(400_000, 105_200_000, 104_857_600, 10_000)).toBe(390_000);
  });

  test("a file with no bytes or no features says nothing", () => {
    expect(() => featuresUnderLimit(0, 100, 1_000)).toThrow();
    expect(() => featuresUnderLimit(100, 0, 1_000)).toThrow();
  });
});

describe("crossing", () => {
  test("interpolates linearly between the sizes on either side of the threshold", () => {
    const found = crossing([point(50_000, 4_000), point(100_000, 8_000), point(200_000, 16_000)], 10_000);
    expect(found).toMatchObject({ kind: "between", features: 125_000, bytes: 31_250_000 });
    if (found?.kind !== "between") throw new Error("expected a crossing between two sizes");
    expect([found.below.features, found.above.features]).toEqual([100_000, 200_000]);
  });

  test("a time exactly at the threshold is where it passes", () => {
    expect(crossing([point(5_000, 1_000), point(10_000, 10_000)], 10_000)).toMatchObject({
      kind: "between",
      features: 10_000,
    });
  });

  test("takes the first crossing, in order of size, whatever order the sizes come in", () => {
    const found = crossing([point(400_000, 9_000), point(200_000, 12_000), point(100_000, 6_000)], 10_000);
    expect(found).toMatchObject({ kind: "between", features: 166_667 });
  });

  test("says so when the smallest size is already over, or the largest still under", () => {
    expect(crossing([point(5_000, 11_000), point(10_000, 20_000)], 10_000)).toMatchObject({
      kind: "below-smallest",
      smallest: { features: 5_000 },
    });
    expect(crossing([point(5_000, 1_000), point(10_000, 2_000)], 10_000)).toMatchObject({
      kind: "beyond-largest",
      largest: { features: 10_000 },
    });
  });

  test("leaves out sizes that timed out, and has no answer without any time", () => {
    expect(
      crossing([point(50_000, 5_000), point(100_000, Number.NaN), point(150_000, 15_000)], 10_000),
    ).toMatchObject({ kind: "between", features: 100_000 });
    expect(crossing([point(50_000, Number.NaN)], 10_000)).toBeNull();
    expect(crossing([], 10_000)).toBeNull();
  });
});
