/**
 * What runs inside the measured pages. Everything is timed with the page's own clock (`performance.now()`,
 * whose zero is the navigation's start; `event.timeStamp` is on the same clock), so that Playwright's round
 * trips never count in a figure.
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import type { Page } from "playwright-core";

/** The path a page requests (after the fact) when it became ready, so the server can split its log there. */
export const readyMarkPath = "/__bench/ready";

export type BenchProbe = {
  /** `performance.now()` when `[data-testid=map]` first got `data-map-ready="true"`. */
  readyAt: number | null;
  /** The pending result of the last `arm`: milliseconds from the user's event to the awaited state. */
  result: Promise<number> | null;
  /**
   * For "idle": milliseconds from the event to the first `idle` at which the map is ready again
   * (`data-map-ready`), i.e. after the labels have followed the change too.
   */
  settled: Promise<number> | null;
};

type ProbeWindow = Window & { __benchProbe?: BenchProbe; __map?: MaplibreMap };

/** Added with `context.addInitScript` before any page script: records the moment the map first became ready. */
export function installProbe(markPath: string): void {
  const probe: BenchProbe = { readyAt: null, result: null, settled: null };
  (window as ProbeWindow).__benchProbe = probe;
  const observer = new MutationObserver(() => {
    if (probe.readyAt !== null) return;
    const map = document.querySelector('[data-testid="map"][data-map-ready="true"]');
    if (!map) return;
    probe.readyAt = performance.now();
    observer.disconnect();
    void fetch(markPath, { cache: "no-store" }).catch(() => undefined);
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-map-ready"] });
}

export type Until = "idle" | "details" | "new-data" | "import";

/**
 * Arms a one-shot listener for the next `eventType` event (captured on the document) and stores a promise of
 * the milliseconds from that event to:
 * - "idle": MapLibre's next `idle` (the map has drawn the change; toggles and filters);
 * - "details": the frame after `[data-testid=feature-details]` appeared (opening a feature);
 * - "new-data": the first `idle` after a GeoJSON source finished loading new data (an import);
 * - "import": the same, and as `settled` the import finished: a new `.import-report` in the panel with no import
 *   in progress, no file still drawn provisionally, and the map idle with the new data (the report's moment, two frames on, if the map is idle
 *   then; else its next `idle`); a refused or failed file has no data to wait for.
 * NaN when it does not happen within `timeoutMs`.
 */
export async function arm(page: Page, eventType: string, until: Until, timeoutMs = 20_000): Promise<void> {
  await page.evaluate(
    ({ eventType, until, timeoutMs }) => {
      const probeWindow = window as ProbeWindow;
      const probe = probeWindow.__benchProbe;
      const map = probeWindow.__map;
      if (!probe || !map) throw new Error("The page has no probe or no map");
      let settle: (value: number) => void = () => undefined;
      const reportsBefore = document.querySelectorAll(".import-report").length;
      /** Resolves `settled` once the import's report is shown and the map is idle with its data. */
      const watchImport = (hasNewData: () => boolean, started: number) => {
        let report: Element | null = null;
        // Whether the last frame ended in an `idle` with everything loaded. Read when the event fires: the
        // app's own idle handlers may change the map right after (labels follow on the next idle).
        let quiet = map.loaded();
        // A file drawn while it is checked (provisional-layers.ts) has ended only once its own layer replaced it.
        const provisional = () =>
          map
            .getStyle()
            .layers.some(
              (layer) => (layer.metadata as Record<string, unknown> | undefined)?.["supply-map:provisional"],
            );
        const check = (loaded: boolean) => {
          if (!report || !quiet || !loaded || provisional()) return;
          if (report.classList.contains("imported") && !hasNewData()) return;
          map.off("render", onRender);
          map.off("idle", onIdle);
          settle(performance.now() - started);
        };
        const onRender = () => {
          quiet = false;
        };
        const onIdle = () => {
          quiet = map.loaded();
          check(quiet);
        };
        map.on("render", onRender);
        map.on("idle", onIdle);
        const observer = new MutationObserver(() => {
          const shown = document.querySelectorAll(".import-report")[reportsBefore];
          if (!shown || document.querySelector('[data-testid="import-progress"]')) return;
          observer.disconnect();
          // Two frames later React's effects have handed any change of the map to MapLibre.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              report = shown;
              check(map.loaded());
            }),
          );
        });
        observer.observe(document.body, { subtree: true, childList: true });
      };
      probe.settled = new Promise<number>((resolve) => {
        settle = resolve;
      });
      probe.result = new Promise<number>((resolve) => {
        let finished = false;
        const finish = (value: number) => {
          if (finished) return;
          finished = true;
          clearTimeout(timer);
          resolve(value);
        };
        const timer = setTimeout(() => {
          finish(Number.NaN);
          settle(Number.NaN);
        }, timeoutMs);
        const onEvent = (event: Event) => {
          document.removeEventListener(eventType, onEvent, true);
          const started = event.timeStamp;
          const elapsed = () => finish(performance.now() - started);
          if (until === "idle") {
            map.once("idle", elapsed);
            const container = map.getContainer();
            const onIdle = () => {
              // MapView's own idle handler may run after this one: look once the event is over.
              setTimeout(() => {
                if (container.getAttribute("data-map-ready") !== "true") return;
                map.off("idle", onIdle);
                settle(performance.now() - started);
              });
            };
            map.on("idle", onIdle);
          } else if (until === "details") {
            const poll = () => {
              if (document.querySelector('[data-testid="feature-details"]'))
                requestAnimationFrame(() => requestAnimationFrame(elapsed));
              else requestAnimationFrame(poll);
            };
            poll();
          } else {
            let newData = false;
            const onData = (data: { sourceDataType?: string }) => {
              if (data.sourceDataType === "metadata") newData = true;
            };
            const onIdle = () => {
              if (!newData || !map.loaded()) return;
              map.off("sourcedata", onData);
              map.off("idle", onIdle);
              elapsed();
            };
            map.on("sourcedata", onData);
            map.on("idle", onIdle);
            if (until === "import") watchImport(() => newData, started);
          }
        };
        document.addEventListener(eventType, onEvent, true);
      });
    },
    { eventType, until, timeoutMs },
  );
}

/** The armed measurement's result (waits for it). */
export function armedResult(page: Page): Promise<number> {
  return page.evaluate(() => (window as ProbeWindow).__benchProbe?.result ?? Number.NaN);
}

/** For an "idle" measurement: the milliseconds until the map was ready again (waits for it). */
export function armedSettled(page: Page): Promise<number> {
  return page.evaluate(() => (window as ProbeWindow).__benchProbe?.settled ?? Number.NaN);
}

/**
 * Waits until the map is loaded and has not rendered for `quietMs` (bounded by `timeoutMs`), so that one
 * measurement's frames never spill into the next.
 */
export function settle(page: Page, quietMs = 250, timeoutMs = 15_000): Promise<void> {
  return page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise<void>((resolve) => {
        const map = (window as ProbeWindow).__map;
        if (!map) return resolve();
        const deadline = performance.now() + timeoutMs;
        let lastRender = performance.now();
        const onRender = () => {
          lastRender = performance.now();
        };
        map.on("render", onRender);
        const check = () => {
          const now = performance.now();
          if ((now - lastRender >= quietMs && map.loaded() && !map.isMoving()) || now > deadline) {
            map.off("render", onRender);
            resolve();
          } else setTimeout(check, 50);
        };
        check();
      }),
    { quietMs, timeoutMs },
  );
}

export type PanFrames = { frames: number; deltas: number[]; renders: number; durationMs: number };

/**
 * Pans the map `distance` CSS pixels east at a constant speed over `durationMs` (MapLibre's own animation, the
 * same path on every page) and records every `requestAnimationFrame` interval and `render` event meanwhile.
 */
export function panFrames(page: Page, distance: number, durationMs: number): Promise<PanFrames> {
  return page.evaluate(
    ({ distance, durationMs }) =>
      new Promise<PanFrames>((resolve) => {
        const map = (window as ProbeWindow).__map;
        if (!map) throw new Error("No map");
        const deltas: number[] = [];
        let renders = 0;
        let running = true;
        let last = 0;
        const onRender = () => {
          renders++;
        };
        const tick = (now: number) => {
          if (last) deltas.push(now - last);
          last = now;
          if (running) requestAnimationFrame(tick);
        };
        map.on("render", onRender);
        const started = performance.now();
        map.once("moveend", () => {
          running = false;
          map.off("render", onRender);
          resolve({ frames: deltas.length, deltas, renders, durationMs: performance.now() - started });
        });
        requestAnimationFrame(tick);
        map.panBy([distance, 0], { duration: durationMs, easing: (t: number) => t });
      }),
    { distance, durationMs },
  );
}

export type DirectChange =
  | { kind: "visibility"; source: string; visible: boolean }
  | { kind: "global-state"; name: string; value: number }
  | { kind: "feature-state"; source: string; hidden: boolean }
  | { kind: "repaint" };

/**
 * The floor under the app's interactions: the same MapLibre call the app ends up making, made directly (no
 * React, no event), timed from the call to the next `idle`. "repaint" is one frame with nothing changed.
 */
export function directChange(page: Page, change: DirectChange): Promise<number> {
  return page.evaluate(
    (change) =>
      new Promise<number>((resolve) => {
        const map = (window as ProbeWindow).__map;
        if (!map) throw new Error("No map");
        const layers =
          change.kind === "visibility"
            ? (map.getStyle().layers ?? [])
                .filter((layer) => "source" in layer && layer.source === change.source)
                .map((layer) => layer.id)
            : [];
        const ids =
          change.kind === "feature-state"
            ? [...new Set(map.querySourceFeatures(change.source).map((feature) => feature.id))]
            : [];
        const started = performance.now();
        map.once("idle", () => resolve(performance.now() - started));
        if (change.kind === "visibility") {
          for (const id of layers)
            map.setLayoutProperty(id, "visibility", change.visible ? "visible" : "none");
        } else if (change.kind === "global-state") {
          map.setGlobalStateProperty(change.name, change.value);
        } else if (change.kind === "feature-state") {
          for (const id of ids) {
            if (id !== undefined)
              map.setFeatureState({ source: change.source, id }, { hidden: change.hidden });
          }
        }
        map.triggerRepaint();
      }),
    change,
  );
}
