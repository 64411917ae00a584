import { describe, expect, test } from "vitest";
import {
  defaultSyntheticOptions,
  syntheticCollectionText,
  syntheticMix,
} from "../../../scripts/bench/synthetic-data.ts";

describe("syntheticMix", () => {
  test("the default file's count gives the default file's mix", () => {
    expect(syntheticMix(110_000)).toEqual(defaultSyntheticOptions);
  });

  test("one line for every ten points at any size, and exactly the count asked for", () => {
    for (const features of [5_000, 25_000, 398_000]) {
      const mix = syntheticMix(features, 7);
      expect(mix.lines + mix.points).toBe(features);
      expect(mix.points / mix.lines).toBeCloseTo(10, 1);
      expect(mix.seed).toBe(7);
    }
  });

  test("the written collection holds that many lines and points", () => {
    const collection = JSON.parse(syntheticCollectionText(syntheticMix(1_100, 3))) as {
      features: Array<{ geometry: { type: string } }>;
    };
    const kinds = collection.features.map((feature) => feature.geometry.type);
    expect(kinds.filter((kind) => kind === "LineString")).toHaveLength(100);
    expect(kinds.filter((kind) => kind === "Point")).toHaveLength(1_000);
  });
});
