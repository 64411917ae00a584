import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import { addPngText, readPngText } from "../../../src/export/png-metadata.ts";

function tinyPng(): Uint8Array {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe("PNG provenance metadata", () => {
  test("text entries round-trip, UTF-8 included", () => {
    const entries = {
      Title: "Rajin → Dunai",
      Sources: "1. RUSI — “The Orient Express”\n2. 조선",
      Layers: "a, b",
    };
    expect(readPngText(addPngText(tinyPng(), entries))).toEqual(entries);
  });

  test("the image stays a valid PNG with the same pixels (chunk CRCs are right)", () => {
    const original = tinyPng();
    const decoded = PNG.sync.read(Buffer.from(addPngText(original, { Title: "x" })), {
      checkCRC: true,
    } as never);
    expect([decoded.width, decoded.height, [...decoded.data]]).toEqual([
      2,
      2,
      [...PNG.sync.read(Buffer.from(original)).data],
    ]);
  });

  test("a file that is not a PNG is refused", () => {
    expect(() => addPngText(new Uint8Array([1, 2, 3]), { Title: "x" })).toThrow(/Not a PNG/);
  });
});
