import { limits } from "../data/limits.ts";
import { isUnsafeCharacter } from "../data/problem-text.ts";

/** Control characters and bidirectional overrides would disguise a name; they are dropped from titles. */
function withoutInvisible(text: string): string {
  return [...text].filter((character) => !isUnsafeCharacter(character.charCodeAt(0))).join("");
}

/** A layer title from a file name: without its extension, shortened, and unique among `taken`. */
export function importedTitle(fileName: string, taken: readonly string[]): string {
  const base =
    withoutInvisible(fileName)
      .replace(/\.((geo)?json|kml|kmz|gpx|csv|tsv|tab|txt)$/i, "")
      .trim()
      .slice(0, limits.titleLength - 6) || "Imported layer";
  if (!taken.includes(base)) return base;
  for (let copy = 2; ; copy++) {
    const title = `${base} (${copy})`;
    if (!taken.includes(title)) return title;
  }
}

/** "imported-" and eight random hex digits. */
export function newImportedId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `imported-${[...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
