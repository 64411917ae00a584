import { describe, expect, test } from "vitest";
import { fitExportSize } from "../../../src/export/export-sizes.ts";

const limits = { maxSide: 8192, maxArea: 8192 * 8192 };

describe("export size limits", () => {
  test("a size that fits is kept as asked", () => {
    expect(fitExportSize({ width: 1920, height: 1080, scale: 2 }, limits)).toEqual({
      width: 1920,
      height: 1080,
      scale: 2,
    });
  });

  test("A4 at 300 dpi and 3× is clamped to the largest scale that fits, with a message", () => {
    const size = fitExportSize({ width: 3508, height: 2480, scale: 3 }, limits);
    expect(size.scale).toBe(2.33);
    expect(Math.round(size.width * size.scale)).toBeLessThanOrEqual(8192);
    expect(size.clampedFrom).toBe(3);
    expect(size.message).toMatch(/exported at 2.33×/);
  });

  test("the area limit counts too", () => {
    const size = fitExportSize(
      { width: 4000, height: 4000, scale: 2 },
      { maxSide: 16384, maxArea: 40_000_000 },
    );
    expect(size.width * size.scale * size.height * size.scale).toBeLessThanOrEqual(40_000_000);
  });

  test("a size that cannot be drawn even at 1× is refused with a clear message", () => {
    expect(() => fitExportSize({ width: 9000, height: 1000, scale: 1 }, limits)).toThrow(
      /larger than this browser/,
    );
  });
});
