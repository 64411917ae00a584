/**
 * The limits of the plain-GeoJSON import: seeded synthetic FeatureCollections of increasing size (the scale
 * scenario's mix, one line for every ten points), each imported through the app's "Import GeoJSON" input in a
 * cold context, against the bare MapLibre page's `fetch` + `addSource` of the same file. For each size:
 * - first draw: from the input's `change` to the first idle map with the new data (what `importInApp` measures);
 * - finished: from the `change` to the file's report in the panel with nothing left in progress and the map
 *   idle with the data (later than the first draw for a file drawn while it is checked: GeoJSON up to `limits.provisionalDrawBytes`);
 * - bare: the bare page's fetch + addSource to its idle map;
 * - CPU: the CPU time of every browser process over the app's import (to finished) and the bare page's load,
 *   which moves far less than wall time when the machine is busy.
 * Sizes stop at the app's import size limit (`limits.userFileBytes`: the largest count under it is measured
 * instead of a size over it) or after the first size whose import finishes later than `--stop-after` ms.
 * Prints a table and the interpolated size at which each app time passes 10 s, and writes
 * bench-results/limits.json (not committed).
 *
 *   npx tsx scripts/bench/limits.ts [--sizes 5k,10k,25k,50k,100k,200k,400k] [--rounds 1] [--stop-after 15000]
 *                                   [--out bench-results/limits.json]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { limits } from "../../src/data/limits.ts";
import { megabytes as mb } from "../../src/files/megabytes.ts";
import { descendantsCpuMs } from "./cpu-time.ts";
import { arm, armedResult, armedSettled, settle } from "./page-probes.ts";
import { coldLoad, importLabel } from "./scenarios.ts";
import type { StaticServer } from "./static-server.ts";
import { summarize } from "./statistics.ts";
import { type SyntheticFile, syntheticMix, writeSyntheticCollection } from "./synthetic-data.ts";
import { type Crossing, crossing, defaultLimitSizes, featuresUnderLimit } from "./thresholds.ts";

/** The threshold the README reports. */
export const thresholdMs = 10_000;

export type AppImportSample = {
  /** Navigation to the map ready, before the import. */
  readyMs: number;
  /** `change` → first idle with the new data on the map (NaN: not within the timeout). */
  firstDrawMs: number;
  /** `change` → the file's report shown, no import in progress, the map idle with the data. */
  finishedMs: number;
  /**
   * CPU time of every browser process from just before the file was chosen to the import finished: it grows far
   * less than wall time when other work keeps the machine busy.
   */
  cpuMs: number;
  /** The report's outcome (imported, rejected, failed …) and headline. */
  outcome: string;
  headline: string;
  /** Features the panel lists for the imported layers (to check that all of them arrived). */
  featuresListed: number;
  errors: string[];
};

export type BareLoadSample = { ms: number; cpuMs: number; renderedFeatures: number };

export type LimitSize = {
  file: Omit<SyntheticFile, "path">;
  features: number;
  app: AppImportSample[];
  bare: BareLoadSample[];
  loadAverage: { start: number; end: number };
};

export type LimitsResult = {
  date: string;
  machine: { cores: number; cpu: string | undefined; chromium: string };
  options: { sizes: number[]; rounds: number; stopAfterMs: number; timeoutMs: number };
  limitBytes: number;
  /** A requested size whose file was over the limit, and what was measured instead. */
  overLimit: { features: number; bytes: number; measuredInstead: number | null } | null;
  stoppedAfter: string | null;
  sizes: LimitSize[];
  thresholdMs: number;
  thresholds: { firstDraw: Crossing | null; finished: Crossing | null };
};

/** The "N features" the panel shows beside each imported layer, added up. */
const featuresListed = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[aria-label="Imported layers"] li > .muted')].reduce(
      (sum, element) =>
        sum + Number(/^([\d,]+) features?$/.exec(element.textContent ?? "")?.[1]?.replaceAll(",", "") ?? 0),
      0,
    ),
  );

/** The app: `file` chosen in the import input; both times from the same `change` event, with the CPU time and the report. */
async function timeImportInApp(
  page: Page,
  file: string,
  timeoutMs: number,
): Promise<Omit<AppImportSample, "readyMs" | "errors">> {
  const input = page.getByLabel(importLabel);
  await settle(page);
  await arm(page, "change", "import", timeoutMs);
  const cpuBefore = descendantsCpuMs();
  await input.setInputFiles(file);
  const firstDrawMs = await armedResult(page);
  const finishedMs = await armedSettled(page);
  const cpuMs = descendantsCpuMs() - cpuBefore;
  const report = page.locator(".import-report").first();
  const found = (await report.count()) > 0;
  return {
    firstDrawMs,
    finishedMs,
    cpuMs,
    outcome: found
      ? ((await report.getAttribute("class")) ?? "").replace("import-report", "").trim()
      : "no report",
    headline: found ? ((await report.locator(".import-headline").textContent()) ?? "").trim() : "",
    featuresListed: await featuresListed(page),
  };
}

/**
 * The bare page's `fetch` + `addSource` of the file, as `loadInBare` in scenarios.ts, with the CPU time of the
 * same span (taken before the drawn features are counted, which costs time of its own).
 */
async function loadInBare(page: Page, url: string): Promise<BareLoadSample> {
  await settle(page);
  const cpuBefore = descendantsCpuMs();
  const ms = await page.evaluate((url) => window.__bareLoad?.(url, "object") ?? Number.NaN, url);
  const cpuMs = descendantsCpuMs() - cpuBefore;
  const renderedFeatures = await page.evaluate(
    () =>
      window.__map?.queryRenderedFeatures().filter((feature) => feature.source === "bench-synthetic")
        .length ?? 0,
  );
  return { ms, cpuMs, renderedFeatures };
}

/**
 * Writes the file for `features` features; when it is over the app's limit, the largest count under the limit
 * instead (if that is still more than `floor` features), stepping down until the file fits.
 */
function writeUnderLimit(
  directory: string,
  features: number,
  floor: number,
): { file: SyntheticFile | null; overLimit: LimitsResult["overLimit"] } {
  const path = (count: number) => join(directory, `synthetic-${count}.geojson`);
  const file = writeSyntheticCollection(path(features), syntheticMix(features));
  if (file.bytes <= limits.userFileBytes) return { file, overLimit: null };
  rmSync(file.path, { force: true });
  let count = featuresUnderLimit(features, file.bytes, limits.userFileBytes);
  while (count > floor) {
    const smaller = writeSyntheticCollection(path(count), syntheticMix(count));
    if (smaller.bytes <= limits.userFileBytes) {
      return { file: smaller, overLimit: { features, bytes: file.bytes, measuredInstead: count } };
    }
    rmSync(smaller.path, { force: true });
    count -= 1_000;
  }
  return { file: null, overLimit: { features, bytes: file.bytes, measuredInstead: null } };
}

const loadAverage = () => loadavg()[0] ?? Number.NaN;

/**
 * Measures each size in turn (files written to `directory`, served from `server` while measured), `rounds`
 * times each, the app and the bare page in alternating order, each load cold.
 */
export async function measureLimits(
  browser: Browser,
  server: StaticServer,
  urls: { app: string; bare: string },
  directory: string,
  options: { sizes: readonly number[]; rounds: number; stopAfterMs: number; timeoutMs?: number },
  log: (message: string) => void = console.log,
): Promise<LimitsResult> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  mkdirSync(directory, { recursive: true });
  const sizes: LimitSize[] = [];
  let overLimit: LimitsResult["overLimit"] = null;
  let stoppedAfter: string | null = null;
  for (const requested of [...options.sizes].sort((a, b) => a - b)) {
    const floor = sizes.at(-1)?.features ?? 0;
    const written = writeUnderLimit(directory, requested, floor);
    if (written.overLimit) overLimit = written.overLimit;
    const file = written.file;
    if (!file) {
      stoppedAfter = `${requested.toLocaleString("en-GB")} features would be ${mb(overLimit?.bytes ?? Number.NaN)}, over the import limit`;
      break;
    }
    const features = file.lines + file.points;
    const urlPath = `/limits/${basename(file.path)}`;
    server.addFile(urlPath, file.path);
    const size: LimitSize = {
      file: {
        bytes: file.bytes,
        sha256: file.sha256,
        lines: file.lines,
        points: file.points,
        seed: file.seed,
      },
      features,
      app: [],
      bare: [],
      loadAverage: { start: loadAverage(), end: Number.NaN },
    };
    try {
      for (let round = 0; round < options.rounds; round++) {
        for (const variant of round % 2 === 0 ? (["app", "bare"] as const) : (["bare", "app"] as const)) {
          const load = await coldLoad(browser, server, urls[variant]);
          try {
            if (variant === "app") {
              const sample = await timeImportInApp(load.page, file.path, timeoutMs);
              size.app.push({ readyMs: load.readyMs, ...sample, errors: load.errors.slice(0, 5) });
            } else {
              size.bare.push(await loadInBare(load.page, `${server.url}${urlPath}`));
            }
          } finally {
            await load.context.close();
          }
        }
      }
    } finally {
      server.removeFile(urlPath);
      rmSync(file.path, { force: true });
    }
    size.loadAverage.end = loadAverage();
    sizes.push(size);
    const summary = summaryOf(size);
    log(
      `${features.toLocaleString("en-GB")} features, ${mb(file.bytes)}: app first draw ${seconds(summary.firstDraw)}, finished ${seconds(summary.finished)} (${size.app[0]?.outcome ?? "?"}, ${size.app[0]?.featuresListed.toLocaleString("en-GB") ?? "?"} listed), bare ${seconds(summary.bare)}; load ${size.loadAverage.start.toFixed(1)}–${size.loadAverage.end.toFixed(1)}`,
    );
    if (overLimit) {
      stoppedAfter = `the import limit: ${requested.toLocaleString("en-GB")} features would be ${mb(overLimit.bytes)}`;
      break;
    }
    if (!(summary.finished <= options.stopAfterMs)) {
      stoppedAfter = `an import that finished after more than ${seconds(options.stopAfterMs)}`;
      break;
    }
  }
  const points = (pick: (summary: ReturnType<typeof summaryOf>) => number) =>
    sizes.map((size) => ({ features: size.features, bytes: size.file.bytes, ms: pick(summaryOf(size)) }));
  return {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, chromium: browser.version() },
    options: {
      sizes: [...options.sizes],
      rounds: options.rounds,
      stopAfterMs: options.stopAfterMs,
      timeoutMs,
    },
    limitBytes: limits.userFileBytes,
    overLimit,
    stoppedAfter,
    sizes,
    thresholdMs,
    thresholds: {
      firstDraw: crossing(
        points((summary) => summary.firstDraw),
        thresholdMs,
      ),
      finished: crossing(
        points((summary) => summary.finished),
        thresholdMs,
      ),
    },
  };
}

function summaryOf(size: LimitSize) {
  return {
    firstDraw: summarize(size.app.map((sample) => sample.firstDrawMs)).median,
    finished: summarize(size.app.map((sample) => sample.finishedMs)).median,
    bare: summarize(size.bare.map((sample) => sample.ms)).median,
    appCpu: summarize(size.app.map((sample) => sample.cpuMs)).median,
    bareCpu: summarize(size.bare.map((sample) => sample.cpuMs)).median,
  };
}

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : "n/a");

function describeCrossing(name: string, found: Crossing | null): string {
  if (!found) return `  ${name}: no size measured`;
  if (found.kind === "below-smallest")
    return `  ${name}: already ${seconds(found.smallest.ms)} at the smallest size (${found.smallest.features.toLocaleString("en-GB")} features)`;
  if (found.kind === "beyond-largest")
    return `  ${name}: under ${seconds(thresholdMs)} up to the largest size measured (${found.largest.features.toLocaleString("en-GB")} features, ${mb(found.largest.bytes)}: ${seconds(found.largest.ms)})`;
  // An interpolation between two sizes: to the nearest thousand features (limits.json keeps it unrounded).
  const features = Math.round(found.features / 1000) * 1000;
  return `  ${name}: passes ${seconds(thresholdMs)} at about ${features.toLocaleString("en-GB")} features, ${mb(found.bytes)} (between ${found.below.features.toLocaleString("en-GB")}: ${seconds(found.below.ms)} and ${found.above.features.toLocaleString("en-GB")}: ${seconds(found.above.ms)})`;
}

export function limitsReport(result: LimitsResult): string {
  const header = [
    "features",
    "MB (2^20 bytes)",
    "app first draw",
    "app finished",
    "bare",
    "first draw / bare",
    "finished / bare",
    "CPU app / bare",
    "load",
  ];
  const rows = result.sizes.map((size) => {
    const summary = summaryOf(size);
    return [
      size.features.toLocaleString("en-GB"),
      (size.file.bytes / 1024 / 1024).toFixed(1),
      seconds(summary.firstDraw),
      seconds(summary.finished),
      seconds(summary.bare),
      (summary.firstDraw / summary.bare).toFixed(2),
      (summary.finished / summary.bare).toFixed(2),
      `${(summary.appCpu / 1000).toFixed(1)} / ${(summary.bareCpu / 1000).toFixed(1)} s`,
      `${size.loadAverage.start.toFixed(1)}–${size.loadAverage.end.toFixed(1)}`,
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ");
  const limit = `import limit ${mb(result.limitBytes)} (${result.limitBytes.toLocaleString("en-GB")} bytes)`;
  const over = result.overLimit
    ? `; ${result.overLimit.features.toLocaleString("en-GB")} features would be ${mb(result.overLimit.bytes)}${result.overLimit.measuredInstead ? `, so ${result.overLimit.measuredInstead.toLocaleString("en-GB")} were measured instead` : ""}`
    : "";
  return [
    `Plain-GeoJSON import limits — ${result.machine.cores} cores, Chromium ${result.machine.chromium} with SwiftShader (software WebGL); ${result.options.rounds} round(s) of cold loads per size, median; ${limit}${over}`,
    "",
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map(line),
    "",
    `Where the app passes ${seconds(result.thresholdMs)} (linear between the sizes around it):`,
    describeCrossing("(a) first draw", result.thresholds.firstDraw),
    describeCrossing("(b) finished", result.thresholds.finished),
    ...(result.stoppedAfter ? [`Stopped at ${result.stoppedAfter}.`] : []),
  ].join("\n");
}

export function writeLimitsResults(result: LimitsResult, out: string): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}

/** `npx tsx scripts/bench/limits.ts [--sizes …] [--rounds 1]`: this measurement alone (`npm run bench -- --limits` adds it). */
async function main(): Promise<void> {
  const { parseArgs } = await import("node:util");
  const { parseSizes } = await import("./thresholds.ts");
  const { runStandalone } = await import("./standalone.ts");
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: defaultLimitSizes.join(",") },
      rounds: { type: "string", default: "1" },
      "stop-after": { type: "string", default: "15000" },
      out: { type: "string", default: "bench-results/limits.json" },
    },
  });
  const repository = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const options = {
    sizes: parseSizes(values.sizes),
    rounds: Math.max(1, Math.min(10, Number(values.rounds))),
    stopAfterMs: Number(values["stop-after"]),
  };
  const started = performance.now();
  const log = (message: string) =>
    console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  await runStandalone("limits", { bare: true }, async ({ scratch, server, browser, urls }) => {
    log(`load average ${loadAverage().toFixed(1)}; sizes ${options.sizes.join(", ")}`);
    const result = await measureLimits(browser, server, urls, join(scratch, "data"), options, log);
    console.log(`\n${limitsReport(result)}`);
    const out = resolve(repository, values.out);
    writeLimitsResults(result, out);
    log(`wrote ${out}`);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
