/**
 * One cold page load (new browser context: empty cache, no service worker, nothing shared with the previous
 * run) and the interactions measured on it.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { globalStateNames, openRange } from "../../src/symbology/filter-expression.ts";
import { descendantsCpuMs } from "./cpu-time.ts";
import {
  arm,
  armedResult,
  armedSettled,
  directChange,
  installProbe,
  type PanFrames,
  panFrames,
  readyMarkPath,
  settle,
} from "./page-probes.ts";
import type { LoggedResponse, StaticServer } from "./static-server.ts";

export const viewport = { width: 1280, height: 800 } as const;

export type ByteKind = "js" | "css" | "basemap" | "data" | "font" | "html" | "other";

export type Bytes = Record<ByteKind, { wire: number; raw: number; files: number }>;

/** The basemap files by the names the generators give them (scripts/basemap-data.ts, the 50m reference). */
const basemapNames =
  /^(world-land|detail-water|detail-land|detail-coast|detail-borders|borders|country-labels|water-towns|detail-water-towns|countries-50m)/;

function kindOf(path: string): ByteKind {
  const name = basename(path);
  if (/\.(m?js)$/.test(name)) return "js";
  if (name.endsWith(".css")) return "css";
  if (/\.(geo)?json$/.test(name)) return basemapNames.test(name) ? "basemap" : "data";
  if (/\.woff2?$/.test(name)) return "font";
  if (name.endsWith(".html")) return "html";
  return "other";
}

export function bytesOf(responses: readonly LoggedResponse[]): Bytes {
  const empty = () => ({ wire: 0, raw: 0, files: 0 });
  const bytes: Bytes = {
    js: empty(),
    css: empty(),
    basemap: empty(),
    data: empty(),
    font: empty(),
    html: empty(),
    other: empty(),
  };
  for (const response of responses) {
    if (response.path === readyMarkPath || response.status !== 200) continue;
    const entry = bytes[kindOf(response.path)];
    entry.wire += response.wireBytes;
    entry.raw += response.rawBytes;
    entry.files++;
  }
  return bytes;
}

export type LoadResult = {
  readyMs: number;
  /** CPU time all browser processes used from just before the navigation until ready was seen. */
  cpuMs: number;
  /** Everything the server sent before the page reported ready. */
  beforeReady: LoggedResponse[];
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** Chromium's trace of the load, when asked for. */
  trace?: Buffer;
};

/** Opens `url` in a fresh context and waits for `data-map-ready="true"` (timed by the page itself). */
export async function coldLoad(
  browser: Browser,
  server: StaticServer,
  url: string,
  options: { timeoutMs?: number; acceptDownloads?: boolean; traceCategories?: string } = {},
): Promise<LoadResult> {
  const context = await browser.newContext({ viewport, acceptDownloads: options.acceptDownloads ?? false });
  // tsx compiles this script with esbuild's keepNames, which wraps functions in `__name(…)`; the functions
  // handed to page.evaluate carry those calls into the page, so the page needs the (identity) helper.
  await context.addInitScript({ content: "globalThis.__name ??= (target) => target;" });
  await context.addInitScript(installProbe, readyMarkPath);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  if (options.traceCategories) {
    await browser.startTracing(page, { categories: options.traceCategories.split(",") });
  }
  server.log.splice(0);
  const cpuBefore = descendantsCpuMs();
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    () =>
      (window as Window & { __benchProbe?: { readyAt: number | null } }).__benchProbe?.readyAt != null &&
      document.readyState !== "loading",
    null,
    { timeout: options.timeoutMs ?? 90_000, polling: 50 },
  );
  const cpuMs = descendantsCpuMs() - cpuBefore;
  const readyMs = await page.evaluate(
    () => (window as Window & { __benchProbe?: { readyAt: number | null } }).__benchProbe?.readyAt ?? -1,
  );
  // The page asks for the mark right after it became ready; whatever finished before it counts as "before".
  const deadline = Date.now() + 5_000;
  while (!server.log.some((entry) => entry.path === readyMarkPath) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const mark = server.log.find((entry) => entry.path === readyMarkPath);
  const beforeReady = server.log.filter(
    (entry) => entry.path !== readyMarkPath && (!mark || entry.finishedAt <= mark.receivedAt),
  );
  const trace = options.traceCategories ? await browser.stopTracing() : undefined;
  return { readyMs, cpuMs, beforeReady, page, context, errors, ...(trace ? { trace } : {}) };
}

export type InteractionSamples = {
  toggle: number[];
  filter: number[];
  timeFilter: number[];
  open: number[];
  /** The same toggles and filters, to the moment the map is ready again (labels re-placed). */
  toggleSettled: number[];
  filterSettled: number[];
  timeFilterSettled: number[];
};

export function noInteractionSamples(): InteractionSamples {
  return {
    toggle: [],
    filter: [],
    timeFilter: [],
    open: [],
    toggleSettled: [],
    filterSettled: [],
    timeFilterSettled: [],
  };
}

/**
 * Toggles a layer off and on, sets and clears the confidence filter, moves the time filter's "From" slider a
 * month and back, and opens two features from the list: each from the user's event to the awaited frame.
 */
export async function measureInteractions(page: Page, layerTitle: string): Promise<InteractionSamples> {
  const samples = noInteractionSamples();
  const checkbox = page.getByRole("checkbox", { name: layerTitle, exact: true });
  for (let index = 0; index < 2; index++) {
    await settle(page);
    await arm(page, "click", "idle", 10_000);
    await checkbox.click();
    samples.toggle.push(await armedResult(page));
    samples.toggleSettled.push(await armedSettled(page));
  }
  const confidence = page.getByLabel("Minimum confidence");
  for (const value of ["high", "any"]) {
    await settle(page);
    await arm(page, "input", "idle", 10_000);
    await confidence.selectOption(value);
    samples.filter.push(await armedResult(page));
    samples.filterSettled.push(await armedSettled(page));
  }
  const from = page.getByLabel("From", { exact: true });
  await from.focus();
  for (const key of ["ArrowRight", "Home"]) {
    await settle(page);
    await arm(page, "keydown", "idle", 10_000);
    await from.press(key);
    samples.timeFilter.push(await armedResult(page));
    samples.timeFilterSettled.push(await armedSettled(page));
  }
  const items = page.getByTestId("feature-list").getByRole("button");
  for (const index of [0, 1]) {
    await settle(page);
    await arm(page, "click", "details", 10_000);
    await items.nth(index).click();
    samples.open.push(await armedResult(page));
    await page.getByRole("button", { name: "Close the sourcing panel" }).click();
  }
  return samples;
}

export type FloorSamples = {
  repaint: number[];
  toggle: number[];
  filter: number[];
  timeFilter: number[];
  hide: number[];
};

/** The same changes as `measureInteractions`, made with direct MapLibre calls (see `directChange`). */
export async function measureFloor(page: Page, layerId: string, withChanges: boolean): Promise<FloorSamples> {
  const samples: FloorSamples = { repaint: [], toggle: [], filter: [], timeFilter: [], hide: [] };
  for (let index = 0; index < 2; index++) {
    await settle(page);
    samples.repaint.push(await directChange(page, { kind: "repaint" }));
  }
  if (!withChanges) return samples;
  for (const visible of [false, true]) {
    await settle(page);
    samples.toggle.push(await directChange(page, { kind: "visibility", source: layerId, visible }));
  }
  for (const hidden of [true, false]) {
    await settle(page);
    samples.hide.push(await directChange(page, { kind: "feature-state", source: layerId, hidden }));
  }
  for (const value of [3, 0]) {
    await settle(page);
    samples.filter.push(
      await directChange(page, { kind: "global-state", name: globalStateNames.minimumConfidence, value }),
    );
  }
  for (const value of [Date.UTC(2023, 0, 1), openRange.start]) {
    await settle(page);
    samples.timeFilter.push(
      await directChange(page, { kind: "global-state", name: globalStateNames.rangeStart, value }),
    );
  }
  return samples;
}

export type ExportSample = { ms: number; width: number; height: number; status: string };

function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(0, 24);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/**
 * Exports the 1920 × 1080 preset at 2× `runs` times in one session: from the click on "Download PNG" to the
 * browser's download event (timed here: the download link is clicked off-document, where the page cannot see it).
 */
export async function measureExport(page: Page, runs: number): Promise<ExportSample[]> {
  const samples: ExportSample[] = [];
  await settle(page);
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Size", { exact: true }).selectOption("slide-16-9");
  await dialog.getByLabel("Scale", { exact: true }).selectOption("2");
  const button = dialog.getByRole("button", { name: "Download PNG" });
  for (let run = 0; run < runs; run++) {
    await button.waitFor();
    const download = page.waitForEvent("download", { timeout: 60_000 });
    const started = performance.now();
    await button.click();
    const file = await (await download).path();
    const ms = performance.now() - started;
    const status = (await dialog.getByRole("status").textContent()) ?? "";
    samples.push({ ms, ...pngSize(file), status: status.trim() });
  }
  await dialog.getByRole("button", { name: "Close" }).click();
  return samples;
}

export type ImportResult =
  | { status: "skipped"; reason: string }
  | {
      status: "measured";
      /** To the first idle map with the file's data: drawn provisionally, while it is checked, in the app. */
      ms: number;
      /**
       * App only: to the import's end, the file checked, prepared and saved (its report shown), its own layer
       * drawn in place of the provisional one and the map ready again. NaN on the bare page.
       */
      checkedMs: number;
      renderedFeatures: number;
      problems: string;
    };

/** The import control the app is getting (src/ui/ImportPanel.tsx): an `input[type=file]` labelled so. */
export const importLabel = "Import GeoJSON";

/** Imports `file` the way a user would and measures from the input's `change` to the idle map with the data. */
export async function importInApp(page: Page, file: string, timeoutMs: number): Promise<ImportResult> {
  const input = page.getByLabel(importLabel);
  if ((await input.count()) === 0) return { status: "skipped", reason: "no import control" };
  await settle(page);
  const before = await page.evaluate(() => Object.keys(window.__map?.getStyle().sources ?? {}));
  await arm(page, "change", "import", timeoutMs);
  await input.setInputFiles(file);
  const ms = await armedResult(page);
  if (!Number.isFinite(ms))
    return { status: "skipped", reason: `no imported data on the map in ${timeoutMs} ms` };
  const checkedMs = await armedSettled(page);
  const renderedFeatures = await page.evaluate(
    (known) =>
      window.__map?.queryRenderedFeatures().filter((feature) => !known.includes(feature.source)).length ?? 0,
    before,
  );
  const problems = (await page.locator('[role="alert"], [role="status"]').allTextContents()).join(" | ");
  return { status: "measured", ms, checkedMs, renderedFeatures, problems: problems.slice(0, 300) };
}

/** The bare page's counterpart: `fetch` + `addSource` of the same file (or MapLibre fetching the URL itself). */
export async function loadInBare(page: Page, url: string, mode: "object" | "url"): Promise<ImportResult> {
  await settle(page);
  const ms = await page.evaluate(({ url, mode }) => window.__bareLoad?.(url, mode) ?? Number.NaN, {
    url,
    mode,
  });
  const renderedFeatures = await page.evaluate(
    () =>
      window.__map?.queryRenderedFeatures().filter((feature) => feature.source === "bench-synthetic")
        .length ?? 0,
  );
  return { status: "measured", ms, checkedMs: Number.NaN, renderedFeatures, problems: "" };
}

export type Camera = { center: [number, number]; zoom: number };

/** The map's camera now, to come back to it later (`jumpTo`). */
export function cameraOf(page: Page): Promise<Camera> {
  return page.evaluate(() => {
    const map = window.__map;
    if (!map) throw new Error("No map");
    const { lng, lat } = map.getCenter();
    return { center: [lng, lat] as [number, number], zoom: map.getZoom() };
  });
}

/**
 * Moves the map back to `camera` and waits for it to be idle: opening a feature from the list flies the app's map
 * to it, and a pan there draws another part of the world (other tiles, the detail files) than the bare page's.
 */
export async function jumpTo(page: Page, camera: Camera): Promise<void> {
  await page.evaluate(
    (camera) =>
      new Promise<void>((resolve) => {
        const map = window.__map;
        if (!map) throw new Error("No map");
        map.once("idle", () => resolve());
        map.jumpTo(camera);
        // A camera that did not change draws no frame by itself, and only a frame ends in "idle".
        map.triggerRepaint();
      }),
    camera,
  );
}

export async function panOnce(page: Page, distance = 400, durationMs = 1500): Promise<PanFrames> {
  await settle(page);
  return panFrames(page, distance, durationMs);
}
