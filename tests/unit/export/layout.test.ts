import { describe, expect, test } from "vitest";
import { briefingLayout, metresPerPixel, scaleBarLength } from "../../../src/export/layout.ts";

function inside(
  outer: { width: number; height: number },
  rectangle: { x: number; y: number; width: number; height: number },
) {
  return (
    rectangle.x >= 0 &&
    rectangle.y >= 0 &&
    rectangle.x + rectangle.width <= outer.width &&
    rectangle.y + rectangle.height <= outer.height
  );
}

describe("briefing layout", () => {
  test.each([
    [1920, 1080],
    [1600, 1200],
    [3508, 2480],
    [800, 600],
  ])(
    "at %i × %i every region lies inside the picture and the map does not overlap the side column",
    (width, height) => {
      const layout = briefingLayout(width, height, { legend: true, sources: true });
      for (const region of [layout.header, layout.map, layout.footer, layout.side]) {
        expect(region && inside({ width, height }, region)).toBe(true);
      }
      expect(layout.map.x + layout.map.width).toBeLessThanOrEqual(layout.side?.x ?? 0);
    },
  );

  test("without legend and sources the map takes the whole width", () => {
    const layout = briefingLayout(1920, 1080, { legend: false, sources: false });
    expect(layout.side).toBeUndefined();
    expect(layout.map.width).toBe(layout.header.width);
  });

  test("text scales with the picture: A4 at 300 dpi uses larger units than a slide", () => {
    expect(briefingLayout(3508, 2480, { legend: true, sources: true }).unit).toBeGreaterThan(1.5);
  });
});

describe("scale bar", () => {
  test("picks a round distance that fits", () => {
    const bar = scaleBarLength(1000, 180);
    expect(bar).toEqual({ metres: 100_000, pixels: 100, label: "100 km" });
  });

  test("metres per pixel halve with each zoom level", () => {
    expect(metresPerPixel(0, 1) / metresPerPixel(0, 2)).toBeCloseTo(2);
  });
});
