import { describe, expect, test } from "vitest";
import { codePointRanges, type FontFile, filesDrawing, unionRange } from "../../../scripts/font-faces.ts";

const file = (path: string, unicodeRange: string[]): FontFile => ({ path, unicodeRange });

describe("the label fonts' lists", () => {
  test("a unicode-range reads as codepoint ranges: single codepoints, spans and wildcards", () => {
    expect(codePointRanges(["U+20", "U+AC00-D7A3", "U+4??", "nonsense"])).toEqual([
      [0x20, 0x20],
      [0xac00, 0xd7a3],
      [0x400, 0x4ff],
    ]);
  });

  test("a file is kept when it is the first to cover one of the characters, and only then", () => {
    const latin = file("latin", ["U+0000-00FF"]);
    const koreanWithLatin = file("kr-1", ["U+0041-005A", "U+D3C9"]);
    const korean = file("kr-2", ["U+C591", "U+D3C8"]);
    const unused = file("kr-3", ["U+BDC1"]);
    const text = [..."Pyongyang 평양"].map((character) => character.codePointAt(0) ?? 0);
    expect(filesDrawing([latin, koreanWithLatin, korean, unused], text)).toEqual([
      latin,
      koreanWithLatin,
      korean,
    ]);
    expect(filesDrawing([latin, korean], [0x3042])).toEqual([]);
  });

  test("the union of the files' ranges merges touching ranges, and closes gaps up to the one given", () => {
    const files = [file("a", ["U+10-1F", "U+40"]), file("b", ["U+20-2F", "U+35"])];
    expect(unionRange(files)).toEqual(["U+10-2F", "U+35", "U+40"]);
    expect(unionRange(files, 5)).toEqual(["U+10-35", "U+40"]);
    expect(unionRange(files, 10)).toEqual(["U+10-40"]);
  });
});
