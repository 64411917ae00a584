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
