import { expect, test } from "vitest";
import { nextImportedColour } from "../../../src/import/imported-colours.ts";
import { importedTitle, newImportedId } from "../../../src/import/imported-title.ts";

test("a title is the file name without its extension, made unique", () => {
  expect(importedTitle("ship-track.geojson", [])).toBe("ship-track");
  expect(importedTitle("ship-track.json", ["ship-track"])).toBe("ship-track (2)");
  expect(importedTitle("ship-track.GeoJSON", ["ship-track", "ship-track (2)"])).toBe("ship-track (3)");
});

test("control characters and bidirectional overrides are dropped from titles", () => {
  expect(importedTitle("evil\u202enosj.exe\u0007.geojson", [])).toBe("evilnosj.exe");
  expect(importedTitle(".geojson", [])).toBe("Imported layer");
});

test("ids are 'imported-' and eight hex digits, and differ", () => {
  const first = newImportedId();
  expect(first).toMatch(/^imported-[0-9a-f]{8}$/);
  expect(newImportedId()).not.toBe(first);
});

test("colours are not reused until the palette runs out", () => {
  const first = nextImportedColour([]);
  const second = nextImportedColour([first]);
  expect(second).not.toBe(first);
});
