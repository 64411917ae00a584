/** Every character of the committed data has a glyph in the PDF's fonts: no empty boxes in a PDF's sources. */
import { expect, test } from "vitest";
import { fontFamilies, parsedFonts } from "../../src/deck/pdf-fonts.ts";
import { pdfFontsFromPackages } from "../unit/deck/pdf-fonts-from-packages.ts";
import { realFiles } from "./load-real-data.ts";

test("the PDF fonts cover every character in geojson/, regular and bold", () => {
  const fonts = parsedFonts(pdfFontsFromPackages());
  const missing = new Set<string>();
  for (const text of Object.values(realFiles())) {
    for (const character of new Set(text)) {
      const codePoint = character.codePointAt(0) ?? 0;
      if (codePoint < 32) continue;
      for (const face of [fonts.regular, fonts.bold])
        if (!fontFamilies.some((family) => face[family].hasGlyphForCodePoint(codePoint)))
          missing.add(character);
    }
  }
  expect([...missing]).toEqual([]);
});
