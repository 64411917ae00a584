/**
 * Serves the basemap and the label fonts from npm packages, so that the app never asks another host.
 *
 * `virtual:basemap` exports the URL of each basemap GeoJSON file (generated from `world-atlas` into
 * node_modules/.cache, regenerated when the generator or the package changes) and `virtual:font-faces` the
 * style's `font-faces` object (files from @fontsource). Both go through Vite's `?url` imports, so the files are
 * hashed, cacheable assets in `dist/` and served as they are by the dev server.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { buildBasemap } from "./basemap-data.ts";
import { naturalEarthDirectory, naturalEarthFiles } from "./basemap-natural-earth.ts";
import { type FontFile, fontFiles } from "./font-faces.ts";

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

function fontFacesModule(): string {
  const imports: string[] = [];
  const stacks: string[] = [];
  let count = 0;
  for (const [fontName, files] of Object.entries(fontStacks)) {
    const faces = files().map((file) => {
      imports.push(`import font${count} from ${JSON.stringify(`${file.path}?url`)};`);
      return `{ url: font${count++}, "unicode-range": ${JSON.stringify(file.unicodeRange)} }`;
    });
    stacks.push(`  ${JSON.stringify(fontName)}: [\n    ${faces.join(",\n    ")}\n  ],`);
  }
  return `${imports.join("\n")}\nexport default {\n${stacks.join("\n")}\n};\n`;
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
