/**
 * The fonts a PDF is set in and their metrics. Noto Sans sets Latin, Greek and Cyrillic as the map's labels do;
 * Noto Sans JP sets kana and kanji (Japanese publications' titles; Noto Sans KR lacks some Japanese kanji such
 * as 両 and 数), Noto Sans KR sets Hangul. Measuring and drawing both split text the same way, so the layout
 * wraps lines exactly as the PDF sets them.
 */
import { create, type Font } from "fontkit";
import type { MeasureText } from "./page-elements.ts";

/** The families in the order a character looks for its glyph. */
export const fontFamilies = ["sans", "japanese", "korean"] as const;
export type FontFamily = (typeof fontFamilies)[number];

/** TrueType files of one weight. */
export type PdfFontFiles = Record<FontFamily, Uint8Array>;
export type PdfFonts = { regular: PdfFontFiles; bold: PdfFontFiles };

export function eachFamily<T>(make: (family: FontFamily) => T): Record<FontFamily, T> {
  return Object.fromEntries(fontFamilies.map((family) => [family, make(family)])) as Record<FontFamily, T>;
}

/** A stretch of text set in one font. */
export type FontSpan = { text: string; family: FontFamily };

type ParsedFace = Record<FontFamily, Font>;
type ParsedFonts = { regular: ParsedFace; bold: ParsedFace };

const parsedCache = new WeakMap<PdfFonts, ParsedFonts>();
const widthCache = new WeakMap<Font, Map<string, number>>();

function parse(bytes: Uint8Array): Font {
  // fontkit reads any Uint8Array; its types ask for a Node Buffer.
  const font = create(bytes as Buffer);
  if (!("layout" in font)) throw new Error("A PDF font file must hold one font, not a collection");
  return font;
}

export function parsedFonts(fonts: PdfFonts): ParsedFonts {
  let parsed = parsedCache.get(fonts);
  if (!parsed) {
    parsed = {
      regular: eachFamily((family) => parse(fonts.regular[family])),
      bold: eachFamily((family) => parse(fonts.bold[family])),
    };
    parsedCache.set(fonts, parsed);
  }
  return parsed;
}

/** Splits text into spans, each character in the first family with its glyph; spaces join the span before. */
export function spansByFont(text: string, face: ParsedFace): FontSpan[] {
  const spans: FontSpan[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const last = spans.at(-1);
    const family: FontFamily =
      last && /\s/.test(character)
        ? last.family
        : (fontFamilies.find((candidate) => face[candidate].hasGlyphForCodePoint(codePoint)) ?? "sans");
    if (last?.family === family) last.text += character;
    else spans.push({ text: character, family });
  }
  return spans;
}

/** Width in ems, as the PDF library computes it: the laid-out glyphs' advance widths. */
function emWidth(font: Font, text: string): number {
  let widths = widthCache.get(font);
  if (!widths) {
    widths = new Map();
    widthCache.set(font, widths);
  }
  let width = widths.get(text);
  if (width === undefined) {
    width = 0;
    for (const glyph of font.layout(text).glyphs) width += glyph.advanceWidth;
    width /= font.unitsPerEm;
    widths.set(text, width);
  }
  return width;
}

export type MeasuredSpan = FontSpan & { width: number };

/** The spans text is set in and the width of each, in points. */
export function measuredSpans(fonts: PdfFonts, text: string, size: number, bold: boolean): MeasuredSpan[] {
  const parsed = parsedFonts(fonts);
  const face = bold ? parsed.bold : parsed.regular;
  return spansByFont(text, face).map((span) => ({
    ...span,
    width: emWidth(face[span.family], span.text) * size,
  }));
}

/** Width in points of text as the PDF writer sets it. */
export function measurePdfText(fonts: PdfFonts): MeasureText {
  return (text, size, bold) =>
    measuredSpans(fonts, text, size, bold).reduce((sum, span) => sum + span.width, 0);
}
