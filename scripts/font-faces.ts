/**
 * Reads the @font-face blocks of the @fontsource packages, so that the style's `font-faces` can list every
 * subset file with its unicode-range. MapLibre downloads a file only when a label needs one of its codepoints.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export type FontFile = { path: string; unicodeRange: string[] };

/** `package` is e.g. "@fontsource/noto-sans"; `subsets` keeps e.g. latin and cyrillic and drops the rest. */
export function fontFiles(fontPackage: string, weight: number, subsets?: RegExp): FontFile[] {
  const packageDirectory = dirname(require.resolve(`${fontPackage}/package.json`));
  const css = readFileSync(join(packageDirectory, `${weight}.css`), "utf8");
  const files: FontFile[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    if (subsets && !subsets.test(file)) continue;
    files.push({
      path: `${fontPackage}/files/${file}`,
      unicodeRange: range.split(",").map((part) => part.trim()),
    });
  }
  return files;
}

/** The first and last codepoint of each entry of a CSS unicode-range (`U+AC00-D7A3`, `U+20`, `U+4??`). */
export function codePointRanges(unicodeRange: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const entry of unicodeRange) {
    const match = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(entry.trim());
    if (!match?.[1]) continue;
    const start = Number.parseInt(match[1].replaceAll("?", "0"), 16);
    const end = Number.parseInt(match[2] ?? match[1].replaceAll("?", "f"), 16);
    ranges.push([start, end]);
  }
  return ranges;
}

/**
 * The files that draw at least one of `codePoints`, in their order. MapLibre draws a codepoint with the first
 * file of the list whose range covers it, so a later file covering only codepoints an earlier one covers draws
 * nothing.
 */
export function filesDrawing(files: readonly FontFile[], codePoints: Iterable<number>): FontFile[] {
  const ranges = files.map((file) => codePointRanges(file.unicodeRange));
  const drawing = new Set<number>();
  for (const codePoint of codePoints) {
    const index = ranges.findIndex((fileRanges) =>
      fileRanges.some(([start, end]) => codePoint >= start && codePoint <= end),
    );
    if (index >= 0) drawing.add(index);
  }
  return files.filter((_, index) => drawing.has(index));
}

/**
 * A unicode-range covering every codepoint of the files' ranges: their union, with gaps of up to `gap`
 * codepoints between two ranges closed (so the range covers some codepoints no file has, in exchange for a few
 * entries instead of thousands).
 */
export function unionRange(files: readonly FontFile[], gap = 0): string[] {
  const ranges = files.flatMap((file) => codePointRanges(file.unicodeRange)).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1 + gap) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const hex = (codePoint: number) => codePoint.toString(16).toUpperCase();
  return merged.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`));
}
