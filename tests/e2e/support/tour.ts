import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

export type TourStep = {
  id: string;
  title: string;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  layers: string[];
  range: { from?: string; to?: string };
  minimum_confidence?: string;
  highlight: string[];
};

/** The shipped tour, read from the repository the app was built from. */
export function shippedTour(): { title: string; steps: TourStep[] } {
  return JSON.parse(readFileSync("geojson/tour.json", "utf8"));
}

/** Waits until the URL names step `number`, the map has reached the step's camera and has drawn everything. */
export async function waitForStep(
  page: Page,
  number: number,
  step: TourStep,
  timeout = 60_000,
): Promise<void> {
  await page.waitForFunction(
    ({ number, camera }) => {
      const map = window.__map;
      if (!map || map.isMoving()) return false;
      if (!new RegExp(`[#&]tour=${number}(&|$)`).test(window.location.hash)) return false;
      const center = map.getCenter();
      const arrived =
        Math.abs(map.getZoom() - camera.zoom) < 0.01 &&
        Math.abs(center.lng - camera.center[0]) < 0.001 &&
        Math.abs(center.lat - camera.center[1]) < 0.001;
      const ready = map.getContainer().getAttribute("data-map-ready") === "true";
      return arrived && ready;
    },
    { number, camera: step.camera },
    { timeout, polling: 100 },
  );
}

/** The map as the test checks it: camera, filters and the features carrying the `highlight` state. */
export async function mapState(page: Page, featureIds: string[]) {
  return page.evaluate((ids) => {
    const map = window.__map;
    if (!map) throw new Error("no map");
    const highlighted: string[] = [];
    for (const source of Object.keys(map.getStyle().sources)) {
      if (source.startsWith("basemap-")) continue;
      for (const id of ids) {
        if (map.getFeatureState({ source, id }).highlight === true) highlighted.push(id);
      }
    }
    return {
      zoom: map.getZoom(),
      center: map.getCenter().toArray(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
      globalState: map.getGlobalState() as Record<string, number>,
      highlighted: highlighted.sort(),
    };
  }, featureIds);
}
