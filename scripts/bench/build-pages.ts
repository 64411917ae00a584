/**
 * Builds the app (its own vite.config.ts, production mode) and the bare MapLibre pages (their own small build,
 * the same offline-assets plugin so that basemap and font files are the app's) into a scratch directory, never
 * into dist/: the benchmark may run while someone else builds or tests.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { offlineAssets } from "../offline-assets-plugin.ts";
import { world50mAssets } from "./world-50m-plugin.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, "../..");

export async function buildApp(outDir: string): Promise<void> {
  await build({
    configFile: join(repository, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}

export async function buildBarePages(outDir: string): Promise<void> {
  const root = join(here, "bare");
  await build({
    configFile: false,
    root,
    base: "./",
    logLevel: "warn",
    plugins: [offlineAssets(), world50mAssets()],
    build: {
      outDir,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: { index: join(root, "index.html"), "world-50m": join(root, "world-50m.html") },
      },
    },
  });
}

export type BuiltFile = { file: string; rawBytes: number; gzipBytes: number };

/** Every JavaScript and CSS file of a build, with its size raw and gzip-compressed (level 9, as served). */
export function scriptAndStyleSizes(outDir: string): BuiltFile[] {
  const walk = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(outDir)
    .filter((path) => [".js", ".mjs", ".css"].includes(extname(path)))
    .map((path) => {
      const raw = readFileSync(path);
      return {
        file: relative(outDir, path),
        rawBytes: raw.length,
        gzipBytes: gzipSync(raw, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
