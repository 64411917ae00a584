/**
 * Vector tiles at scale: a seeded archive of 1,000,000 ship positions (written by the project's PMTiles writer
 * into the scratch directory, never committed) opened from disk in the app, against the same archive drawn by the
 * bare MapLibre page. Measured: time from the file handed to the page to the first drawn frame with the points
 * (the map idle), and the frame times of a 1.5 s pan over them.
 *
 * Tiles are cut as tippecanoe's --drop-densest-as-needed would leave them: every point at the highest zoom, and
 * below it at most `tileFeatureLimit` points a tile (an even thinning), so no tile is too heavy to draw.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { GeoJSONVTTile } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { Browser, Page } from "playwright-core";
import { writePmtiles } from "../pmtiles/write-pmtiles.ts";
import type { PanFrames } from "./page-probes.ts";
import { coldLoad, panOnce } from "./scenarios.ts";
import type { StaticServer } from "./static-server.ts";
import { seededRandom } from "./synthetic-data.ts";

export type PointArchive = { path: string; points: number; tiles: number; bytes: number; sha256: string };

const extent = 4096;
const tileFeatureLimit = 20_000;
export const benchSourceLayer = "positions";

/** Writes the archive: `points` seeded positions over the Sea of Japan, zoom 0–`maxZoom`, gzip tiles. */
export function writePointArchive(
  path: string,
  points = 1_000_000,
  maxZoom = 10,
  seed = 20_240_601,
): PointArchive {
  const random = seededRandom(seed);
  const bounds: [number, number, number, number] = [128, 34, 142, 46];
  // World coordinates 0–1 (Web Mercator), and two small properties each, as an AIS position carries.
  const xs = new Float64Array(points);
  const ys = new Float64Array(points);
  const mmsi = new Uint32Array(points);
  const speed = new Float32Array(points);
  for (let index = 0; index < points; index++) {
    const longitude = bounds[0] + random() * (bounds[2] - bounds[0]);
    const latitude = bounds[1] + random() * (bounds[3] - bounds[1]);
    const radians = (latitude * Math.PI) / 180;
    xs[index] = (longitude + 180) / 360;
    ys[index] = (1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2;
    mmsi[index] = 273_000_000 + Math.floor(random() * 5000);
    speed[index] = Math.round(random() * 150) / 10;
  }
  const tiles = [];
  for (let z = 0; z <= maxZoom; z++) {
    const n = 2 ** z;
    const byTile = new Map<number, number[]>();
    for (let index = 0; index < points; index++) {
      const key = Math.floor((xs[index] as number) * n) * n + Math.floor((ys[index] as number) * n);
      const list = byTile.get(key);
      if (list) list.push(index);
      else byTile.set(key, [index]);
    }
    for (const [key, members] of byTile) {
      const x = Math.floor(key / n);
      const y = key % n;
      const step = z === maxZoom ? 1 : Math.max(1, Math.ceil(members.length / tileFeatureLimit));
      const features = [];
      for (let at = 0; at < members.length; at += step) {
        const index = members[at] as number;
        features.push({
          type: 1 as const,
          geometry: [
            [
              Math.round(((xs[index] as number) * n - x) * extent),
              Math.round(((ys[index] as number) * n - y) * extent),
            ] as [number, number],
          ],
          tags: { mmsi: mmsi[index] as number, speed: speed[index] as number },
        });
      }
      // geojson-vt's tile shape, built directly: points need no clipping or simplification.
      const tile = { features, transformed: true, source: null, x, y, z } as unknown as GeoJSONVTTile;
      tiles.push({ z, x, y, data: fromGeojsonVt({ [benchSourceLayer]: tile }, { version: 2, extent }) });
    }
  }
  const bytes = writePmtiles(tiles, {
    tileType: "mvt",
    tileCompression: "gzip",
    metadata: {
      name: "Benchmark ship positions (synthetic)",
      vector_layers: [
        { id: benchSourceLayer, fields: { mmsi: "Number", speed: "Number" }, minzoom: 0, maxzoom: maxZoom },
      ],
    },
    bounds,
  });
  writeFileSync(path, bytes);
  return {
    path,
    points,
    tiles: tiles.length,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

export type PmtilesSample = { firstDrawMs: number; renderedPoints: number; pan: PanFrames };

const renderedPoints = (page: Page) =>
  page.evaluate(() => {
    const map = window.__map;
    if (!map) return 0;
    const layers = map
      .getStyle()
      .layers.map((layer) => layer.id)
      .filter((id) => id.startsWith("tiles-"));
    return layers.length > 0 ? map.queryRenderedFeatures({ layers }).length : 0;
  });

/** The app: the file chosen with "Open a PMTiles archive", the source layer added, until the map is idle. */
async function inApp(page: Page, file: string): Promise<PmtilesSample> {
  const started = performance.now();
  await page.getByLabel("Open a PMTiles archive").setInputFiles(file);
  const archive = page.locator(".tile-archive").first();
  await archive.getByRole("button", { name: "Add layer" }).click({ timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const map = window.__map;
      if (!map) return false;
      const sources = Object.keys(map.getStyle().sources).filter((id) => id.startsWith("tiles-source-"));
      return sources.length > 0 && map.loaded() && sources.every((id) => map.isSourceLoaded(id));
    },
    undefined,
    { timeout: 120_000, polling: 16 },
  );
  const firstDrawMs = performance.now() - started;
  return { firstDrawMs, renderedPoints: await renderedPoints(page), pan: await panOnce(page) };
}

/** The bare page: the same File handed to MapLibre with the pmtiles protocol, until the map is idle. */
async function inBare(page: Page, file: string): Promise<PmtilesSample> {
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.type = "file";
    input.id = "bench-archive";
    document.body.append(input);
  });
  await page.locator("#bench-archive").setInputFiles(file);
  const started = performance.now();
  await page.evaluate(async (sourceLayer) => {
    const input = document.getElementById("bench-archive") as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen || !window.__bareLoadPmtiles) throw new Error("No archive or no loader on the bare page");
    await window.__bareLoadPmtiles(chosen, sourceLayer);
  }, benchSourceLayer);
  const firstDrawMs = performance.now() - started;
  return { firstDrawMs, renderedPoints: await renderedPoints(page), pan: await panOnce(page) };
}

export async function measurePmtiles(
  browser: Browser,
  server: StaticServer,
  urls: { app: string; bare: string },
  file: string,
  rounds: number,
): Promise<{ app: PmtilesSample[]; bare: PmtilesSample[] }> {
  const samples: { app: PmtilesSample[]; bare: PmtilesSample[] } = { app: [], bare: [] };
  for (let round = 0; round < rounds; round++) {
    for (const variant of round % 2 === 0 ? (["app", "bare"] as const) : (["bare", "app"] as const)) {
      const load = await coldLoad(browser, server, urls[variant]);
      try {
        samples[variant].push(await (variant === "app" ? inApp : inBare)(load.page, file));
      } finally {
        await load.context.close();
      }
    }
  }
  return samples;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const percentile = (values: readonly number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;

export function pmtilesReport(
  archive: PointArchive,
  samples: { app: PmtilesSample[]; bare: PmtilesSample[] },
): string {
  const summary = (list: PmtilesSample[]) => {
    const deltas = list.flatMap((sample) => sample.pan.deltas);
    return {
      draw: median(list.map((sample) => sample.firstDrawMs)),
      draws: list.map((sample) => sample.firstDrawMs.toFixed(0)).join(", "),
      points: median(list.map((sample) => sample.renderedPoints)),
      frame: median(deltas),
      p95: percentile(deltas, 0.95),
      fps: median(list.map((sample) => (sample.pan.frames / sample.pan.durationMs) * 1000)),
    };
  };
  const app = summary(samples.app);
  const bare = summary(samples.bare);
  const line = (name: string, s: typeof app) =>
    `  ${name.padEnd(5)} first draw median ${s.draw.toFixed(0)} ms (${s.draws}); ${s.points.toLocaleString("en-GB")} points rendered; pan frame median ${s.frame.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, ${s.fps.toFixed(0)} frames/s`;
  return [
    `PMTiles from disk: ${archive.points.toLocaleString("en-GB")} points, ${archive.tiles.toLocaleString("en-GB")} tiles, ${(archive.bytes / 1024 / 1024).toFixed(1)} MB, sha256 ${archive.sha256.slice(0, 16)}`,
    line("app", app),
    line("bare", bare),
    `  ratios app / bare: first draw ${(app.draw / bare.draw).toFixed(2)}×, pan frame median ${(app.frame / bare.frame).toFixed(2)}×, p95 ${(app.p95 / bare.p95).toFixed(2)}×`,
  ].join("\n");
}

/** `npx tsx scripts/bench/pmtiles.ts [--rounds 3]`: this comparison alone (`npm run bench -- --pmtiles` adds it). */
async function main(): Promise<void> {
  const { join } = await import("node:path");
  const { parseArgs } = await import("node:util");
  const { runStandalone } = await import("./standalone.ts");
  const rounds = Number(parseArgs({ options: { rounds: { type: "string", default: "3" } } }).values.rounds);
  // The bare page's map gets the app's map size, so both draw the same tiles.
  await runStandalone("pmtiles", { bare: true }, async ({ scratch, server, browser, urls }) => {
    const archive = writePointArchive(join(scratch, "ship-positions.pmtiles"));
    const samples = await measurePmtiles(browser, server, urls, archive.path, rounds);
    console.log(pmtilesReport(archive, samples));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
