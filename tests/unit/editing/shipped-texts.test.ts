import { expect, test } from "vitest";
import { loadShippedTexts } from "../../../src/editing/shipped-texts.ts";
import { readShippedTexts } from "../../support/shipped-texts.ts";

test("the lazily loaded texts are every file of geojson/, byte for byte", async () => {
  const loaded = await loadShippedTexts();
  const onDisk = readShippedTexts();
  expect(Object.keys(loaded)).toEqual(Object.keys(onDisk));
  for (const [name, text] of Object.entries(onDisk)) expect(loaded[name]).toBe(text);
});
