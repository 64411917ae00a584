/**
 * `virtual:bundled-dataset` exports the URL of the prepared data (see bundled-dataset.ts): written next to the
 * basemap cache under a name that is the hash of its content, and imported with `?url`, so that it is a
 * hashed, cacheable asset in `dist/`. The dev server rebuilds it when a file in geojson/ changes.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { dataFileNames, prepareBundledDataset } from "./bundled-dataset.ts";

const here = dirname(fileURLToPath(import.meta.url));
const dataDirectory = resolve(here, "../geojson");
const cacheDirectory = resolve(here, "../node_modules/.cache/offline-map");
const moduleId = "virtual:bundled-dataset";

function writePreparedDataset(): string {
  const text = JSON.stringify(prepareBundledDataset(dataDirectory));
  const name = `dataset-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.json`;
  const path = join(cacheDirectory, name);
  if (!existsSync(path)) {
    mkdirSync(cacheDirectory, { recursive: true });
    writeFileSync(path, text);
  }
  return path;
}

export function bundledDataset(): Plugin {
  return {
    name: "bundled-dataset",
    resolveId(id) {
      return id === moduleId ? `\0${moduleId}` : null;
    },
    load(id) {
      if (id !== `\0${moduleId}`) return null;
      for (const name of dataFileNames(dataDirectory)) this.addWatchFile(join(dataDirectory, name));
      return `export { default } from ${JSON.stringify(`${writePreparedDataset()}?url`)};\n`;
    },
  };
}
