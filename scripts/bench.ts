/**
 * `npm run bench`: how fast the built app is, measured against a bare MapLibre page with the same style and data
 * in the same run (see README, "Performance"). A script, not a test: it prints a table and writes the figures to
 * bench-results/bench.json (not committed).
 *
 *   npm run bench -- [--rounds 5] [--scale-rounds 3] [--export-runs 3] [--no-scale] [--trace]
 *                    [--deliverable-runs 3] [--no-deliverables] [--csv-import] [--pmtiles] [--limits]
 *                    [--out bench-results/bench.json]
 *
 * --csv-import adds a 100,000-row ship-position CSV imported through the panel against papaparse alone in a
 * worker (scripts/bench/csv-import.ts, which also runs on its own).
 *
 * --pmtiles adds a 1,000,000-point PMTiles archive opened from disk in the app against the bare page: time to
 * first draw and pan frame times (scripts/bench/pmtiles.ts, which also runs on its own).
 *
 * --limits adds the plain-GeoJSON import's limits: synthetic files from 5,000 features up to the import size
 * limit, one round each, until an import takes more than 15 s; also written to bench-results/limits.json
 * (scripts/bench/limits.ts, which also runs on its own, with more options).
 *
 * Loopback only; every loop is bounded and a watchdog stops the process after 12 minutes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { buildApp, buildBarePages, scriptAndStyleSizes } from "./bench/build-pages.ts";
import { csvImportReport, measureCsvImport, writeShipPositions } from "./bench/csv-import.ts";
import {
  type DeliverableSamples,
  deliverableFilesBefore,
  measureDeliverables,
} from "./bench/deliverables.ts";
import { type LimitsResult, limitsReport, measureLimits, writeLimitsResults } from "./bench/limits.ts";
import { withPeakMemory } from "./bench/memory.ts";
import type { PanFrames } from "./bench/page-probes.ts";
import { measurePmtiles, pmtilesReport, writePointArchive } from "./bench/pmtiles.ts";
import { format, type Row, table, verdict } from "./bench/report.ts";
import {
  type Bytes,
  bytesOf,
  cameraOf,
  coldLoad,
  type ExportSample,
  type FloorSamples,
  type ImportResult,
  type InteractionSamples,
  importInApp,
  jumpTo,
  loadInBare,
  measureExport,
  measureFloor,
  measureInteractions,
  noInteractionSamples,
  panOnce,
  viewport,
} from "./bench/scenarios.ts";
import { serveStatic } from "./bench/static-server.ts";
import { ratio, type Summary, summarize } from "./bench/statistics.ts";
import { writeSyntheticCollection } from "./bench/synthetic-data.ts";
import { defaultLimitSizes } from "./bench/thresholds.ts";
import { type TraceSummary, traceLoad } from "./bench/trace.ts";
import { launchChromium } from "./browser/chromium.ts";

const repository = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values: options } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    "scale-rounds": { type: "string", default: "3" },
    "export-runs": { type: "string", default: "3" },
    "no-scale": { type: "boolean", default: false },
    "deliverable-runs": { type: "string", default: "3" },
    "no-deliverables": { type: "boolean", default: false },
    trace: { type: "boolean", default: false },
    "csv-import": { type: "boolean", default: false },
    pmtiles: { type: "boolean", default: false },
    limits: { type: "boolean", default: false },
    out: { type: "string", default: "bench-results/bench.json" },
  },
});
const rounds = Math.max(1, Math.min(20, Number(options.rounds)));
const scaleRounds = Math.max(1, Math.min(10, Number(options["scale-rounds"])));
const exportRuns = Math.max(1, Math.min(10, Number(options["export-runs"])));
const deliverableRuns = options["no-deliverables"]
  ? 0
  : Math.max(1, Math.min(5, Number(options["deliverable-runs"])));

const watchdogMinutes = 12 + deliverableRuns * 5 + (options.limits ? 15 : 0);
const watchdog = setTimeout(() => {
  console.error(`The benchmark ran for more than ${watchdogMinutes} minutes; stopping it.`);
  process.exit(2);
}, watchdogMinutes * 60_000);
watchdog.unref();

const targets = {
  readyRatio: 1.1,
  interactionMs: 50,
  scriptOverBareGzipBytes: 100_000,
  /** An import's first draw against the bare page's fetch + addSource of the same file. */
  scaleRatio: 1.3,
  exportMs: 3000,
} as const;

type Variant = "app" | "bare" | "bare-50m";
type LoadSample = { round: number; readyMs: number; cpuMs: number; bytes: Bytes; errors: string[] };

const firstVisibleLayer = (
  JSON.parse(readFileSync(join(repository, "geojson/layers.json"), "utf8")) as {
    layers: Array<{ id: string; title: string; visible: boolean; order: number }>;
  }
).layers
  .filter((layer) => layer.visible)
  .sort((a, b) => a.order - b.order)[0];
if (!firstVisibleLayer) throw new Error("geojson/layers.json has no visible layer to toggle");

const rotate = <T>(items: readonly T[], by: number): T[] =>
  items.map((_, index) => items[(index + by) % items.length] as T);

const load = () => (loadavg()[0] ?? 0).toFixed(1);
const log = (message: string) =>
  console.log(`[${(performance.now() / 1000).toFixed(0).padStart(4)} s] ${message}`);

const scratch = mkdtempSync(join(tmpdir(), "supply-map-bench-"));
const appDirectory = join(scratch, "app");
const bareDirectory = join(scratch, "bare");
const dataDirectory = join(scratch, "data");
let browser: Browser | null = null;
let closeServer: (() => Promise<void>) | null = null;

try {
  log("building the app and the bare MapLibre pages (production builds, into a scratch directory)");
  await buildApp(appDirectory);
  await buildBarePages(bareDirectory);
  const synthetic = options["no-scale"]
    ? null
    : writeSyntheticCollection(join(dataDirectory, "synthetic-routes-and-tracks.geojson"));
  if (synthetic) {
    log(
      `synthetic data: ${synthetic.lines} lines + ${synthetic.points} points, ${format.mb(synthetic.bytes)}, sha256 ${synthetic.sha256.slice(0, 16)}`,
    );
  }
  const server = await serveStatic({
    "/app/": appDirectory,
    "/bare/": bareDirectory,
    ...(synthetic ? { "/data/": dataDirectory } : {}),
  });
  closeServer = server.close;
  // Other work on the machine slows both pages, but not equally (the app does more on the main thread): wait a
  // little for a quiet machine, and print the load average with the results either way.
  const quietDeadline = Date.now() + 30_000;
  while ((loadavg()[0] ?? 0) > cpus().length && Date.now() < quietDeadline) {
    log(`load average ${load()} on ${cpus().length} cores: waiting (up to 30 s) for a quieter machine`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  const loadAtStart = loadavg();
  browser = await launchChromium();
  const activeBrowser = browser;

  // Warm-up (not counted): the first launch pays for disk caches and process start-up. It also tells the bare
  // pages how big the app's map is, so both fit the same initial bounds at the same zoom.
  log("warm-up loads");
  const warm = await coldLoad(activeBrowser, server, `${server.url}/app/`);
  const mapBox = await warm.page.getByTestId("map").boundingBox();
  await warm.context.close();
  if (!mapBox) throw new Error("The app's map has no size");
  const size = `${Math.round(mapBox.width)}x${Math.round(mapBox.height)}`;
  const urls: Record<Variant, string> = {
    app: `${server.url}/app/`,
    bare: `${server.url}/bare/index.html?size=${size}`,
    "bare-50m": `${server.url}/bare/world-50m.html?size=${size}`,
  };
  for (const variant of ["bare", "bare-50m"] as const) {
    await (await coldLoad(activeBrowser, server, urls[variant])).context.close();
  }

  // Real data: each round loads the three pages in a rotating order, each cold.
  const loads: Record<Variant, LoadSample[]> = { app: [], bare: [], "bare-50m": [] };
  const interactions: InteractionSamples = noInteractionSamples();
  const realPans: Record<"app" | "bare", PanFrames[]> = { app: [], bare: [] };
  const floors: Record<"app" | "bare", FloorSamples> = {
    app: { repaint: [], toggle: [], filter: [], timeFilter: [], hide: [] },
    bare: { repaint: [], toggle: [], filter: [], timeFilter: [], hide: [] },
  };
  for (let round = 0; round < rounds; round++) {
    for (const variant of rotate(["app", "bare", "bare-50m"] as const, round)) {
      const load = await coldLoad(activeBrowser, server, urls[variant]);
      loads[variant].push({
        round,
        readyMs: load.readyMs,
        cpuMs: load.cpuMs,
        bytes: bytesOf(load.beforeReady),
        errors: load.errors,
      });
      const camera = await cameraOf(load.page);
      if (variant === "app") {
        const samples = await measureInteractions(load.page, firstVisibleLayer.title);
        for (const key of Object.keys(interactions) as Array<keyof InteractionSamples>)
          interactions[key].push(...samples[key]);
      }
      if (variant !== "bare-50m") {
        const floor = await measureFloor(load.page, firstVisibleLayer.id, variant === "bare");
        for (const key of Object.keys(floor) as Array<keyof FloorSamples>)
          floors[variant][key].push(...floor[key]);
        await jumpTo(load.page, camera);
        realPans[variant].push(await panOnce(load.page));
      }
      await load.context.close();
    }
    log(
      `load ${load()}; round ${round + 1}/${rounds}: app ${format.ms(loads.app[round]?.readyMs ?? Number.NaN)}, bare ${format.ms(loads.bare[round]?.readyMs ?? Number.NaN)}, bare 50m ${format.ms(loads["bare-50m"][round]?.readyMs ?? Number.NaN)}`,
    );
  }

  log(`export 1920×1080 at 2×, ${exportRuns} runs`);
  const exportLoad = await coldLoad(activeBrowser, server, urls.app, { acceptDownloads: true });
  const exports: ExportSample[] = await measureExport(exportLoad.page, exportRuns);
  await exportLoad.context.close();

  let deliverables: DeliverableSamples | null = null;
  if (deliverableRuns > 0) {
    log(`deliverables: the tour as a deck and the view as a PDF, ${deliverableRuns} runs each`);
    const deliverableLoad = await coldLoad(activeBrowser, server, urls.app, { acceptDownloads: true });
    const fetchedBeforeReady = deliverableFilesBefore(deliverableLoad.beforeReady);
    deliverables = {
      ...(await measureDeliverables(deliverableLoad.page, deliverableRuns)),
      fetchedBeforeReady,
    };
    await deliverableLoad.context.close();
  }

  // Scale: the synthetic file, imported through the app's UI, against fetch + addSource on the bare page.
  type ScaleVariant = "app" | "bare-object" | "bare-url";
  type ScaleSample = {
    round: number;
    readyMs: number;
    load: ImportResult;
    pan: PanFrames | null;
    /** Growth of the browser's memory (PSS, every process) at its peak during the load phase. */
    peakMemoryBytes: number;
  };
  const scale: Record<ScaleVariant, ScaleSample[]> = { app: [], "bare-object": [], "bare-url": [] };
  let scaleSkipped: string | null = synthetic ? null : "--no-scale";
  if (synthetic) {
    const fileUrl = `${server.url}/data/synthetic-routes-and-tracks.geojson`;
    for (let round = 0; round < scaleRounds; round++) {
      for (const variant of rotate(["app", "bare-object", "bare-url"] as const, round)) {
        if (variant === "app" && scaleSkipped) continue;
        const load = await coldLoad(activeBrowser, server, variant === "app" ? urls.app : urls.bare);
        const { result, peakGrowthBytes } = await withPeakMemory(() =>
          variant === "app"
            ? importInApp(load.page, synthetic.path, 180_000)
            : loadInBare(load.page, fileUrl, variant === "bare-object" ? "object" : "url"),
        );
        if (result.status === "skipped") scaleSkipped = result.reason;
        const pan = result.status === "measured" ? await panOnce(load.page, 600, 2000) : null;
        scale[variant].push({
          round,
          readyMs: load.readyMs,
          load: result,
          pan,
          peakMemoryBytes: peakGrowthBytes,
        });
        await load.context.close();
      }
      log(
        `scale round ${round + 1}/${scaleRounds}: ${(["app", "bare-object", "bare-url"] as const)
          .map((variant) => {
            const sample = scale[variant].find((item) => item.round === round);
            const value = sample?.load.status === "measured" ? format.ms(sample.load.ms) : "skipped";
            return `${variant} ${value}`;
          })
          .join(", ")}`,
      );
    }
  }

  let csvImport: {
    positions: ReturnType<typeof writeShipPositions>;
    samples: { app: number[]; papaparse: number[] };
  } | null = null;
  if (options["csv-import"]) {
    log("CSV import: 100,000 ship positions through the panel, and papaparse alone in a worker");
    mkdirSync(dataDirectory, { recursive: true });
    const positions = writeShipPositions(join(dataDirectory, "ship-positions.csv"));
    csvImport = {
      positions,
      samples: await measureCsvImport(activeBrowser, server, urls.app, positions.path, scaleRounds),
    };
  }

  let pmtiles: {
    archive: ReturnType<typeof writePointArchive>;
    samples: Awaited<ReturnType<typeof measurePmtiles>>;
  } | null = null;
  if (options.pmtiles) {
    log("PMTiles: a 1,000,000-point archive opened from disk in the app and in the bare page");
    mkdirSync(dataDirectory, { recursive: true });
    const archive = writePointArchive(join(dataDirectory, "ship-positions.pmtiles"));
    pmtiles = {
      archive,
      samples: await measurePmtiles(activeBrowser, server, urls, archive.path, scaleRounds),
    };
  }

  let limits: LimitsResult | null = null;
  if (options.limits) {
    log("limits: synthetic GeoJSON files of growing size imported through the panel, and on the bare page");
    limits = await measureLimits(
      activeBrowser,
      server,
      urls,
      join(dataDirectory, "limits"),
      { sizes: [...defaultLimitSizes], rounds: 1, stopAfterMs: 15_000 },
      log,
    );
    writeLimitsResults(limits, join(repository, "bench-results/limits.json"));
  }

  const traces: TraceSummary[] = [];
  if (options.trace) {
    log("tracing one cold load of each page");
    mkdirSync(join(repository, "bench-results"), { recursive: true });
    for (const variant of ["app", "bare", "bare-50m"] as const) {
      const file = join(repository, `bench-results/trace-${variant}.json`);
      traces.push(await traceLoad(activeBrowser, server, variant, urls[variant], file));
    }
  }

  // ---- figures ----
  const ready = (variant: Variant) => loads[variant].map((sample) => sample.readyMs);
  const readySummary: Record<Variant, Summary> = {
    app: summarize(ready("app")),
    bare: summarize(ready("bare")),
    "bare-50m": summarize(ready("bare-50m")),
  };
  const appOverBare = ratio(ready("app"), ready("bare"));
  const appOverBare50m = ratio(ready("app"), ready("bare-50m"));
  const cpu = (variant: Variant) => loads[variant].map((sample) => sample.cpuMs);
  const cpuSummary: Record<Variant, Summary> = {
    app: summarize(cpu("app")),
    bare: summarize(cpu("bare")),
    "bare-50m": summarize(cpu("bare-50m")),
  };
  const interactionSummary = {
    toggle: summarize(interactions.toggle),
    filter: summarize(interactions.filter),
    timeFilter: summarize(interactions.timeFilter),
    open: summarize(interactions.open),
    toggleSettled: summarize(interactions.toggleSettled),
    filterSettled: summarize(interactions.filterSettled),
    timeFilterSettled: summarize(interactions.timeFilterSettled),
  };
  const medianBytes = (variant: Variant, kind: keyof Bytes, field: "wire" | "raw") =>
    summarize(loads[variant].map((sample) => sample.bytes[kind][field])).median;
  const total = (variant: Variant, field: "wire" | "raw") =>
    summarize(
      loads[variant].map((sample) =>
        Object.values(sample.bytes).reduce((sum, entry) => sum + entry[field], 0),
      ),
    ).median;
  const scriptOverBare = medianBytes("app", "js", "wire") - medianBytes("bare", "js", "wire");
  const exportSummary = summarize(exports.map((sample) => sample.ms));
  const exportSizesRight = exports.every((sample) => sample.width === 3840 && sample.height === 2160);
  const basemapSeparate = loads.app.every(
    (sample) => sample.bytes.basemap.files >= 2 && sample.bytes.basemap.wire > 0,
  );
  const maplibreAlone = ["maplibre-gl.mjs", "maplibre-gl-worker.mjs"].reduce(
    (sum, name) =>
      sum +
      gzipSync(readFileSync(join(repository, "node_modules/maplibre-gl/dist", name)), { level: 9 }).length,
    0,
  );
  const panSummary = (pans: PanFrames[]) => ({
    frame: summarize(pans.flatMap((pan) => pan.deltas)),
    fps: summarize(pans.map((pan) => (pan.frames / pan.durationMs) * 1000)),
  });
  const scaleMs = (variant: ScaleVariant) =>
    scale[variant].map((sample) => (sample.load.status === "measured" ? sample.load.ms : Number.NaN));
  const scaleTotal = (variant: ScaleVariant) =>
    scale[variant].map((sample) =>
      sample.load.status === "measured" ? sample.readyMs + sample.load.ms : Number.NaN,
    );
  const scaleChecked = scale.app.map((sample) =>
    sample.load.status === "measured" ? sample.load.checkedMs : Number.NaN,
  );
  const scaleMeasured = !scaleSkipped && scale.app.length > 0;
  const scaleRatio = scaleMeasured ? ratio(scaleMs("app"), scaleMs("bare-object")) : null;
  const scaleCheckedRatio = scaleMeasured ? ratio(scaleChecked, scaleMs("bare-object")) : null;
  const scaleTotalRatio = scaleMeasured ? ratio(scaleTotal("app"), scaleTotal("bare-object")) : null;

  // ---- table ----
  const rows: Row[] = [];
  const timing = (label: string, summary: Summary, target?: string, met?: boolean) =>
    rows.push({
      label,
      ...format.summary(summary),
      ...(target ? { target, verdict: verdict(met ?? null) } : {}),
    });
  timing("ready: app", readySummary.app);
  timing("ready: bare MapLibre, same style + data", readySummary.bare);
  timing("ready: bare MapLibre, plain NE 50m world", readySummary["bare-50m"]);
  rows.push({
    label: "ready ratio app / bare",
    value: format.ratio(appOverBare.ofMedians),
    spread: `per round ${format.ratio(appOverBare.perRound.min)}–${format.ratio(appOverBare.perRound.max)}`,
    target: `≤ ${targets.readyRatio}`,
    verdict: verdict(appOverBare.ofMedians <= targets.readyRatio),
  });
  rows.push({
    label: "ready ratio app / bare plain 50m",
    value: format.ratio(appOverBare50m.ofMedians),
    spread: `per round ${format.ratio(appOverBare50m.perRound.min)}–${format.ratio(appOverBare50m.perRound.max)}`,
    target: "< 1 (beat it)",
    verdict: verdict(appOverBare50m.ofMedians < 1),
  });
  rows.push({
    label: "CPU to ready, all browser processes: app / bare / 50m",
    value: [cpuSummary.app, cpuSummary.bare, cpuSummary["bare-50m"]]
      .map((summary) => (summary.median / 1000).toFixed(2))
      .join(" / ")
      .concat(" s"),
    spread: `ratio app / bare ${format.ratio(cpuSummary.app.median / cpuSummary.bare.median)}, app / 50m ${format.ratio(cpuSummary.app.median / cpuSummary["bare-50m"].median)}`,
  });
  timing(
    "toggle a layer (click → idle)",
    interactionSummary.toggle,
    "< 50 ms",
    interactionSummary.toggle.median < 50,
  );
  timing(
    "time filter (From slider key → idle)",
    interactionSummary.timeFilter,
    "< 50 ms",
    interactionSummary.timeFilter.median < 50,
  );
  timing(
    "confidence filter (select → idle)",
    interactionSummary.filter,
    "< 50 ms",
    interactionSummary.filter.median < 50,
  );
  timing("  toggle → labels re-placed (map ready again)", interactionSummary.toggleSettled);
  timing("  time filter → labels re-placed", interactionSummary.timeFilterSettled);
  timing("  confidence filter → labels re-placed", interactionSummary.filterSettled);
  timing("open a feature (click → details drawn)", interactionSummary.open);
  const floorSummary = {
    app: { repaint: summarize(floors.app.repaint) },
    bare: {
      repaint: summarize(floors.bare.repaint),
      toggle: summarize(floors.bare.toggle),
      filter: summarize(floors.bare.filter),
      timeFilter: summarize(floors.bare.timeFilter),
      hide: summarize(floors.bare.hide),
    },
  };
  timing("  floor: one repaint → idle, app", floorSummary.app.repaint);
  timing("  floor: one repaint → idle, bare", floorSummary.bare.repaint);
  timing("  floor: bare setLayoutProperty → idle", floorSummary.bare.toggle);
  timing("  floor: bare setGlobalStateProperty → idle", floorSummary.bare.timeFilter);
  timing("  floor: bare setFeatureState, a layer's features → idle", floorSummary.bare.hide);
  timing(
    `export 1920×1080 at 2× (${exportSizesRight ? "3840×2160 PNG" : "WRONG SIZE"})`,
    exportSummary,
    "< 3,000 ms",
    exportSizesRight && exportSummary.median < targets.exportMs,
  );
  if (deliverables) {
    const deck = summarize(deliverables.tourDeckMs);
    const perStep = deck.median / deliverables.steps;
    timing(`tour as a deck (${deliverables.steps} steps)`, deck);
    rows.push({
      label: "  deck, per step (10 steps at this rate)",
      value: `${format.ms(perStep)} (${format.ms(perStep * 10)})`,
      target: "10 steps < 20,000 ms",
      verdict: verdict(perStep * 10 < 20_000),
    });
    timing(
      "the view as a PDF (A4, one map page)",
      summarize(deliverables.pdfMs),
      "< 4,000 ms",
      summarize(deliverables.pdfMs).median < 4000,
    );
    rows.push({
      label: "deck and PDF code or fonts fetched before ready",
      value:
        deliverables.fetchedBeforeReady.length === 0 ? "none" : deliverables.fetchedBeforeReady.join(", "),
      target: "none",
      verdict: verdict(deliverables.fetchedBeforeReady.length === 0),
    });
  }
  rows.push({
    label: "JS before ready, gzip: app / bare",
    value: `${format.kb(medianBytes("app", "js", "wire"))} / ${format.kb(medianBytes("bare", "js", "wire"))}`,
    spread: `raw ${format.kb(medianBytes("app", "js", "raw"))} / ${format.kb(medianBytes("bare", "js", "raw"))}; MapLibre's own dist ${format.kb(maplibreAlone)}`,
  });
  rows.push({
    label: "JS before ready, app over bare (gzip)",
    value: format.kb(scriptOverBare),
    target: "≤ 100 KB",
    verdict: verdict(scriptOverBare <= targets.scriptOverBareGzipBytes),
  });
  rows.push({
    label: "CSS before ready, gzip: app / bare",
    value: `${format.kb(medianBytes("app", "css", "wire"))} / ${format.kb(medianBytes("bare", "css", "wire"))}`,
    spread: `raw ${format.kb(medianBytes("app", "css", "raw"))} / ${format.kb(medianBytes("bare", "css", "raw"))}`,
  });
  rows.push({
    label: "basemap before ready (app), gzip",
    value: format.kb(medianBytes("app", "basemap", "wire")),
    spread: `raw ${format.kb(medianBytes("app", "basemap", "raw"))}; plain 50m: ${format.kb(medianBytes("bare-50m", "basemap", "wire"))} gzip`,
    target: "separate cacheable files",
    verdict: verdict(basemapSeparate),
  });
  rows.push({
    label: "everything before ready, gzip: app / bare",
    value: `${format.kb(total("app", "wire"))} / ${format.kb(total("bare", "wire"))}`,
    spread: `raw ${format.kb(total("app", "raw"))} / ${format.kb(total("bare", "raw"))}`,
  });
  const realPan = { app: panSummary(realPans.app), bare: panSummary(realPans.bare) };
  rows.push({
    label: "pan frames, real data: app / bare",
    value: `${format.ms(realPan.app.frame.median)} / ${format.ms(realPan.bare.frame.median)}`,
    spread: `p95 ${format.ms(realPan.app.frame.p95)} / ${format.ms(realPan.bare.frame.p95)}`,
  });
  if (scaleSkipped || !scaleRatio || !scaleTotalRatio) {
    rows.push({
      label: "scale: import 10k lines + 100k points",
      value: "skipped",
      spread: scaleSkipped ?? "no samples",
      target: `≤ ${targets.scaleRatio} × bare`,
      verdict: "skipped",
    });
    if (scale["bare-object"].length > 0) {
      timing("scale: bare fetch + addSource", summarize(scaleMs("bare-object")));
      timing("scale: bare addSource(url)", summarize(scaleMs("bare-url")));
    }
  } else {
    timing("scale: app import, change → drawn (while checked)", summarize(scaleMs("app")));
    timing("scale: app import, change → checked, saved, own layer", summarize(scaleChecked));
    timing("scale: bare fetch + addSource", summarize(scaleMs("bare-object")));
    timing("scale: bare addSource(url), worker fetch", summarize(scaleMs("bare-url")));
    rows.push({
      label: "scale ratio app / bare (load phase, first draw)",
      value: format.ratio(scaleRatio.ofMedians),
      spread: `per round ${format.ratio(scaleRatio.perRound.min)}–${format.ratio(scaleRatio.perRound.max)}`,
      target: `≤ ${targets.scaleRatio}`,
      verdict: verdict(scaleRatio.ofMedians <= targets.scaleRatio),
    });
    if (scaleCheckedRatio)
      rows.push({
        label: "  app checked and own layer / bare",
        value: format.ratio(scaleCheckedRatio.ofMedians),
        spread: `per round ${format.ratio(scaleCheckedRatio.perRound.min)}–${format.ratio(scaleCheckedRatio.perRound.max)}`,
      });
    rows.push({
      label: "scale ratio app / bare (navigation → data)",
      value: format.ratio(scaleTotalRatio.ofMedians),
      spread: `per round ${format.ratio(scaleTotalRatio.perRound.min)}–${format.ratio(scaleTotalRatio.perRound.max)}`,
      target: `≤ ${targets.scaleRatio}`,
      verdict: verdict(scaleTotalRatio.ofMedians <= targets.scaleRatio),
    });
  }
  if (scale.app.length > 0 && scale["bare-object"].length > 0) {
    const peakMb = (variant: ScaleVariant) =>
      format.mb(summarize(scale[variant].map((sample) => sample.peakMemoryBytes)).median);
    rows.push({
      label: "scale: peak memory growth (PSS, all processes)",
      value: `${peakMb("app")} / ${peakMb("bare-object")}`,
      spread: `app / bare fetch + addSource; bare addSource(url) ${peakMb("bare-url")}`,
    });
  }
  const scalePan = {
    app: panSummary(scale.app.flatMap((sample) => (sample.pan ? [sample.pan] : []))),
    bare: panSummary(scale["bare-object"].flatMap((sample) => (sample.pan ? [sample.pan] : []))),
  };
  if (scale["bare-object"].length > 0) {
    rows.push({
      label: "pan frames, scale data: app / bare",
      value: `${format.ms(scalePan.app.frame.median)} / ${format.ms(scalePan.bare.frame.median)}`,
      spread: `p95 ${format.ms(scalePan.app.frame.p95)} / ${format.ms(scalePan.bare.frame.p95)}`,
    });
  }

  const builds = { app: scriptAndStyleSizes(appDirectory), bare: scriptAndStyleSizes(bareDirectory) };
  const errors = Object.entries(loads).flatMap(([variant, samples]) =>
    samples.flatMap((sample) => sample.errors.map((error) => `${variant}: ${error}`)),
  );

  console.log(
    `\nSupply-route map benchmark — ${cpus().length} cores, Chromium with SwiftShader (software WebGL), ` +
      `${viewport.width}×${viewport.height}, map ${size} px; ${rounds} rounds of cold loads (+1 warm-up), ` +
      `pages alternated; load average ${loadAtStart[0]?.toFixed(1)} at start, ${load()} at end\n`,
  );
  console.log(table(rows));
  console.log("\nBuilt JavaScript and CSS (raw / gzip):");
  for (const [name, files] of Object.entries(builds)) {
    for (const file of files.filter((item) => item.rawBytes > 1000))
      console.log(
        `  ${name.padEnd(5)} ${file.file.padEnd(44)} ${format.kb(file.rawBytes).padStart(10)} / ${format.kb(file.gzipBytes)}`,
      );
  }
  if (traces.length > 0) {
    console.log("\nOne traced cold load each, until ready (ms; wall = busy time, cpu = thread time):");
    for (const trace of traces) {
      const threads = Object.entries(trace.threads)
        .map(([kind, times]) => `${kind} ${times.wallMs} wall / ${times.cpuMs} cpu`)
        .join("; ");
      console.log(`  ${trace.page.padEnd(9)} ready ${format.ms(trace.readyMs)}: ${threads}`);
      const events = trace.mainThreadTopEvents.slice(0, 6).map((event) => `${event.name} ${event.cpuMs}`);
      const functions = trace.mainThreadTopFunctions
        .slice(0, 6)
        .map((event) => `${event.name} ${event.cpuMs}`);
      console.log(`            main thread cpu: ${events.join(", ")}; entry points: ${functions.join(", ")}`);
    }
    console.log(`  trace files: ${traces.map((trace) => trace.file).join(", ")}`);
  }
  if (csvImport) console.log(`\n${csvImportReport(csvImport.positions, csvImport.samples)}`);
  if (pmtiles) console.log(`\n${pmtilesReport(pmtiles.archive, pmtiles.samples)}`);
  if (limits) console.log(`\n${limitsReport(limits)}`);
  if (errors.length > 0) console.log(`\nPage errors:\n  ${[...new Set(errors)].join("\n  ")}`);

  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      chromium: activeBrowser.version(),
      viewport,
      mapSize: size,
    },
    options: { rounds, scaleRounds, exportRuns, deliverableRuns, trace: Boolean(options.trace) },
    targets,
    deliverables,
    ready: {
      summary: readySummary,
      cpuSummary,
      ratioAppOverBare: appOverBare,
      ratioAppOverBare50m: appOverBare50m,
      loads,
    },
    interactions: {
      summary: interactionSummary,
      samples: interactions,
      floor: floorSummary,
      floorSamples: floors,
    },
    export: { summary: exportSummary, samples: exports },
    bytes: {
      scriptOverBareGzip: scriptOverBare,
      maplibreDistGzip: maplibreAlone,
      basemapSeparateAssets: basemapSeparate,
      builds,
    },
    panning: { real: realPan, realSamples: realPans, scale: scalePan },
    scale: {
      skipped: scaleSkipped,
      synthetic,
      ratioLoadPhase: scaleRatio,
      ratioChecked: scaleCheckedRatio,
      ratioNavigationToData: scaleTotalRatio,
      samples: scale,
    },
    csvImport,
    pmtiles,
    limits,
    traces,
    errors,
  };
  const out = resolve(repository, options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${out}`);
} finally {
  await browser?.close();
  await closeServer?.();
  rmSync(scratch, { recursive: true, force: true });
  clearTimeout(watchdog);
}
