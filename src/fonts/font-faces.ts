import { firstFontFaces, fontFileUrls, fontRangesUrl } from "virtual:font-faces";
import { addProtocol, type FontFacesSpecification, type Map as MaplibreMap } from "maplibre-gl";

/**
 * The label fonts. Every @fontsource subset file with its unicode-range is the full `font-faces` list; the
 * Korean subsets' ranges alone are ≈ 50 KB gzip, too much to parse before the first map. So the style starts
 * with a first list (Latin, Cyrillic, and the Korean subsets the shipped data and basemap draw, chosen at build
 * time) whose last face covers every other Korean codepoint and points at `font-faces-pending:`. MapLibre asks
 * for that file only when a label needs such a character (an imported file, an edit); the answer fetches the
 * full list and gives it to every map that started with the first one (`setFontFaces` lays their labels out
 * again, now with the right subset file), and is itself an empty file that MapLibre, having been given the new
 * list meanwhile, drops.
 */
const pendingFontScheme = "font-faces-pending";

/** MapLibre fetches font files itself and resolves nothing against the page for an offscreen map's copy. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

function withAbsoluteUrls(faces: FontFacesSpecification): FontFacesSpecification {
  return Object.fromEntries(
    Object.entries(faces).map(([name, files]) => [
      name,
      typeof files === "string"
        ? absolute(files)
        : files.map((file) => ({ ...file, url: absolute(file.url) })),
    ]),
  );
}

/** The style's `font-faces` at start. */
export function firstLabelFontFaces(): FontFacesSpecification {
  return withAbsoluteUrls(firstFontFaces);
}

let full: Promise<FontFacesSpecification> | undefined;

/** Every label font file with its unicode-range, fetched once (the briefing pictures' fonts use it too). */
export function fullLabelFontFaces(): Promise<FontFacesSpecification> {
  full ??= (async () => {
    const response = await fetch(fontRangesUrl);
    if (!response.ok) throw new Error(`The label fonts' list could not be loaded (${response.status}).`);
    const ranges = (await response.json()) as Record<string, string[][]>;
    return Object.fromEntries(
      Object.entries(fontFileUrls).map(([name, urls]) => [
        name,
        urls.map((url, index) => ({ url: absolute(url), "unicode-range": ranges[name]?.[index] ?? [] })),
      ]),
    );
  })();
  // A failed fetch is tried again the next time a label needs the list.
  full.catch(() => {
    full = undefined;
  });
  return full;
}

export function isPendingFontUrl(url: string): boolean {
  return url.startsWith(`${pendingFontScheme}:`);
}

function startsWithFirstList(map: MaplibreMap): boolean {
  const faces = map.style ? map.getFontFaces() : null;
  return Object.values(faces ?? {}).some(
    (files) => Array.isArray(files) && files.some((file) => isPendingFontUrl(file.url)),
  );
}

const waiting = new Set<MaplibreMap>();

/** Gives `map` the full list once one of its labels needs a font file the first list does not name. */
export function completeFontFacesWhenNeeded(map: MaplibreMap): void {
  waiting.add(map);
  map.once("remove", () => waiting.delete(map));
}

addProtocol(pendingFontScheme, async () => {
  const faces = await fullLabelFontFaces();
  for (const map of waiting) {
    if (startsWithFirstList(map)) map.setFontFaces(faces);
  }
  return { data: new ArrayBuffer(0) };
});
