/**
 * Serves the basemap and the label fonts from npm packages, so that the app never asks another host.
 *
 * `virtual:basemap` exports the URL of each basemap GeoJSON file (generated from `world-atlas` into
 * node_modules/.cache, regenerated when the generator or the package changes) and `virtual:font-faces` the
 * label fonts (files from @fontsource): the URL of every file, the style's first `font-faces` list, and the URL of
 * a JSON file with every file's unicode-range (see src/fonts/font-faces.ts). All go through Vite's `?url`
 * imports, so the files are hashed, cacheable assets in `dist/` and served as they are by the dev server.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { buildBasemap } from "./basemap-data.ts";
import { naturalEarthDirectory, naturalEarthFiles } from "./basemap-natural-earth.ts";
import { prepareBundledDataset } from "./bundled-dataset.ts";
import { type FontFile, filesDrawing, fontFiles, unionRange } from "./font-faces.ts";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const cacheDirectory = resolve(here, "../node_modules/.cache/offline-map");

const fontStacks: Record<string, () => FontFile[]> = {
  "Noto Sans Regular": () => [
    ...fontFiles("@fontsource/noto-sans", 400, /-(latin|latin-ext|cyrillic|cyrillic-ext)-400/),
    ...fontFiles("@fontsource/noto-sans-kr", 400),
  ],
  "Noto Sans Bold": () => [
    ...fontFiles("@fontsource/noto-sans", 700, /-(latin|latin-ext|cyrillic|cyrillic-ext)-700/),
    ...fontFiles("@fontsource/noto-sans-kr", 700),
  ],
};

function basemapFingerprint(): string {
  const hash = createHash("sha256");
  for (const generator of ["basemap-data.ts", "basemap-natural-earth.ts"])
    hash.update(readFileSync(join(here, generator)));
  for (const file of naturalEarthFiles) hash.update(readFileSync(join(naturalEarthDirectory, file)));
  const atlasVersion = (require("world-atlas/package.json") as { version: string }).version;
  return hash.update(atlasVersion).digest("hex").slice(0, 16);
}

/** Writes the basemap files unless an up-to-date copy is already there; returns their paths by name. */
export function ensureBasemapFiles(): Record<string, string> {
  const directory = join(cacheDirectory, basemapFingerprint());
  const indexPath = join(directory, "index.json");
  if (existsSync(indexPath)) return JSON.parse(readFileSync(indexPath, "utf8")) as Record<string, string>;
  mkdirSync(directory, { recursive: true });
  const paths: Record<string, string> = {};
  for (const [name, collection] of Object.entries(buildBasemap())) {
    const path = join(directory, `${name}.geojson`);
    writeFileSync(path, JSON.stringify(collection));
    paths[name] = path;
  }
  writeFileSync(indexPath, JSON.stringify(paths));
  return paths;
}

function basemapModule(): string {
  const entries = Object.entries(ensureBasemapFiles());
  const imports = entries.map(
    ([, path], index) => `import url${index} from ${JSON.stringify(`${path}?url`)};`,
  );
  const fields = entries.map(([name], index) => `  ${JSON.stringify(name)}: url${index},`);
  return `${imports.join("\n")}\nexport default {\n${fields.join("\n")}\n};\n`;
}

/** Must match `pendingFontScheme` in src/fonts/font-faces.ts, which answers requests for it. */
const pendingFontUrl = "font-faces-pending://korean";

/** Every codepoint of the texts the map may draw from what ships: the data's features and the basemap's. */
function shippedMapCodePoints(): Set<number> {
  const codePoints = new Set<number>();
  const collect = (value: unknown): void => {
    if (typeof value === "string")
      for (const character of value) codePoints.add(character.codePointAt(0) ?? 0);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  for (const layer of prepareBundledDataset(resolve(here, "../geojson")).layers)
    for (const feature of layer.collection.features) collect(feature.properties);
  for (const path of Object.values(ensureBasemapFiles())) {
    const collection = JSON.parse(readFileSync(path, "utf8")) as { features: { properties: unknown }[] };
    for (const feature of collection.features) collect(feature.properties);
  }
  return codePoints;
}

/** Writes every file's unicode-range, by font name and in the order of the files, under a hash of its content. */
function writeFontRanges(stacks: Record<string, FontFile[]>): string {
  const text = JSON.stringify(
    Object.fromEntries(
      Object.entries(stacks).map(([name, files]) => [name, files.map((file) => file.unicodeRange)]),
    ),
  );
  const path = join(
    cacheDirectory,
    `font-ranges-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.json`,
  );
  if (!existsSync(path)) {
    mkdirSync(cacheDirectory, { recursive: true });
    writeFileSync(path, text);
  }
  return path;
}

/**
 * The first list holds Noto Sans (Latin, Cyrillic) and the Korean subsets that draw a character of the shipped
 * data or basemap; one last face points at `pendingFontUrl` and covers every other Korean file's range (gaps of
 * up to 256 codepoints between them closed: 12 entries instead of 3,442). MapLibre asks for that file only when a
 * label needs one of those characters, and the answer brings in the full list. The Korean subsets' ranges
 * (≈ 50 KB gzip) thus stay out of the page's JavaScript.
 */
function fontFacesModule(): string {
  const imports: string[] = [];
  const urlLists: string[] = [];
  const firstLists: string[] = [];
  const stacks = Object.fromEntries(Object.entries(fontStacks).map(([name, files]) => [name, files()]));
  const shipped = shippedMapCodePoints();
  let count = 0;
  for (const [fontName, files] of Object.entries(stacks)) {
    const korean = files.filter((file) => file.path.startsWith("@fontsource/noto-sans-kr/"));
    const drawing = new Set(filesDrawing(files, shipped));
    const names = files.map((file) => {
      imports.push(`import font${count} from ${JSON.stringify(`${file.path}?url`)};`);
      return `font${count++}`;
    });
    const first = files.flatMap((file, index) =>
      !korean.includes(file) || drawing.has(file)
        ? [`{ url: ${names[index]}, "unicode-range": ${JSON.stringify(file.unicodeRange)} }`]
        : [],
    );
    first.push(
      `{ url: ${JSON.stringify(pendingFontUrl)}, "unicode-range": ${JSON.stringify(unionRange(korean, 256))} }`,
    );
    urlLists.push(`  ${JSON.stringify(fontName)}: [${names.join(", ")}],`);
    firstLists.push(`  ${JSON.stringify(fontName)}: [\n    ${first.join(",\n    ")}\n  ],`);
  }
  imports.push(`import fontRangesUrl from ${JSON.stringify(`${writeFontRanges(stacks)}?url`)};`);
  return [
    ...imports,
    `export { fontRangesUrl };`,
    `export const fontFileUrls = {\n${urlLists.join("\n")}\n};`,
    `export const firstFontFaces = {\n${firstLists.join("\n")}\n};`,
    "",
  ].join("\n");
}

const modules: Record<string, () => string> = {
  "virtual:basemap": basemapModule,
  "virtual:font-faces": fontFacesModule,
};

export function offlineAssets(): Plugin {
  return {
    name: "offline-assets",
    resolveId(id) {
      return id in modules ? `\0${id}` : null;
    },
    load(id) {
      const make = id.startsWith("\0") ? modules[id.slice(1)] : undefined;
      return make ? make() : null;
    },
  };
}
