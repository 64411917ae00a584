import { describe, expect, test } from "vitest";
import { unsourcedColor } from "../../../src/symbology/encodings.ts";
import { layerSwatch, layerSwatchTitle } from "../../../src/symbology/swatch.ts";

describe("layer swatch", () => {
  test("a sourced layer shows its colour", () => {
    expect(layerSwatch("#0077bb", 0, 12)).toBe("#0077bb");
    expect(layerSwatchTitle(0, 12)).toBeUndefined();
  });

  test("a layer whose every feature is unsourced shows the grey the map draws it in", () => {
    expect(layerSwatch("#0077bb", 12, 12)).toBe(unsourcedColor);
    expect(layerSwatchTitle(12, 12)).toMatch(/no feature/);
  });

  test("a layer with some unsourced features shows both colours", () => {
    const swatch = layerSwatch("#0077bb", 3, 12);
    expect(swatch).toContain("#0077bb");
    expect(swatch).toContain(unsourcedColor);
    expect(layerSwatchTitle(3, 12)).toBe("3 of 12 features are unsourced and drawn grey");
  });
});
