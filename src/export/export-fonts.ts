import { fullLabelFontFaces } from "../fonts/font-faces.ts";
import { exportFont } from "./draw-briefing.ts";

/**
 * The pictures' typeface (`exportFont`): the map labels' own font files (Noto Sans, with Noto Sans KR for Hangul, kana and
 * Hanja), registered once under one family so that a title or a headline in Korean, Japanese or Russian is drawn
 * in its letters, not as empty boxes. Only the files whose unicode range the text uses are fetched.
 */
let registered: Promise<void> | undefined;

function register(): Promise<void> {
  registered ??= registerFaces();
  registered.catch(() => {
    registered = undefined;
  });
  return registered;
}

async function registerFaces(): Promise<void> {
  const fontFaces = await fullLabelFontFaces();
  for (const [name, weight] of [
    ["Noto Sans Regular", "400"],
    ["Noto Sans Bold", "700"],
  ] as const) {
    const files = fontFaces[name];
    if (!Array.isArray(files)) continue;
    // Later faces win where ranges overlap: the Korean files first, so that Latin and Cyrillic come from Noto Sans.
    for (const file of [...files].reverse()) {
      document.fonts.add(
        new FontFace(exportFont, `url(${JSON.stringify(file.url)})`, {
          weight,
          ...(file["unicode-range"] ? { unicodeRange: file["unicode-range"].join(", ") } : {}),
        }),
      );
    }
  }
}

/** Loads the faces that `text` needs, in both weights, before it is drawn on a canvas. */
export async function loadExportFonts(text: string): Promise<void> {
  await register();
  await Promise.all([
    document.fonts.load(`400 16px "${exportFont}"`, text || "A"),
    document.fonts.load(`700 16px "${exportFont}"`, text || "A"),
  ]);
}
