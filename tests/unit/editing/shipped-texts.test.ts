import { expect, test, vi } from "vitest";
import { loadShippedTexts } from "../../../src/editing/shipped-texts.ts";
import { readShippedTexts } from "../../support/shipped-texts.ts";

// Loading goes through Vite's transform of every data file: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

test("the lazily loaded texts are every file of geojson/, byte for byte", async () => {
  const loaded = await loadShippedTexts();
  const onDisk = readShippedTexts();
  expect(Object.keys(loaded)).toEqual(Object.keys(onDisk));
  for (const [name, text] of Object.entries(onDisk)) expect(loaded[name]).toBe(text);
});
