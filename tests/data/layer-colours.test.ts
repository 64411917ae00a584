import { expect, test } from "vitest";
import { realDataset } from "./load-real-data.ts";

const { dataset } = realDataset();

/** Okabe–Ito, Paul Tol's high-contrast scheme and a neutral grey: safe for the common colour-vision deficiencies. */
const safePalette = new Set([
  "#e69f00",
  "#56b4e9",
  "#009e73",
  "#f0e442",
  "#0072b2",
  "#d55e00",
  "#cc79a7",
  "#000000",
  "#004488",
  "#ddaa33",
  "#bb5566",
  "#555555",
]);

/** WCAG relative luminance: what a colour becomes when printed in greyscale. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(left: string, right: string): number {
  const [light, dark] = [luminance(left), luminance(right)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const colourByGroup = new Map(
  dataset.manifest.layers.map((entry) => [entry.group, entry.color.toLowerCase()]),
);

test("each group has one colour, and no two groups share one", () => {
  for (const entry of dataset.manifest.layers)
    expect(entry.color.toLowerCase()).toBe(colourByGroup.get(entry.group));
  expect(new Set(colourByGroup.values()).size).toBe(colourByGroup.size);
});

test("group colours come from a colour-blind-safe palette", () => {
  expect([...colourByGroup.values()].filter((colour) => !safePalette.has(colour))).toEqual([]);
});

test("group colours stay distinguishable in greyscale (luminance contrast of at least 1.25 between any two)", () => {
  const colours = [...colourByGroup.entries()];
  const tooClose = colours.flatMap(([group, colour], index) =>
    colours
      .slice(index + 1)
      .filter(([, other]) => contrast(colour, other) < 1.25)
      .map(([otherGroup]) => `${group}/${otherGroup}`),
  );
  expect(tooClose).toEqual([]);
});
