/**
 * Pictures of the real app (built and served on loopback) at the views that show the basemap's rivers, lakes,
 * towns and ports, for looking at them; written to a folder that is not committed. With `--export`, also the
 * app's own 16:9 briefing export at 2× (3840 × 2160) of each view, through its Export dialog:
 *
 *   npm run screenshots:basemap -- [--out screenshots/basemap] [--only far-east-z7,western-russia-z5]
 *                                  [--width 1600 --height 1000] [--export]
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { buildAndServe } from "./browser/app-server.ts";
import { launchChromium } from "./browser/chromium.ts";

/** Name → the URL hash of the view (MapLibre's `map=zoom/lat/lng/bearing/pitch`). */
export const basemapViews: Record<string, string> = {
  default: "",
  "far-east-z3": "#map=3/46/122/0/0",
  "far-east-z5": "#map=5/43.2/131.2/0/0",
  "far-east-z6": "#map=6/42.9/131.4/0/0",
  "far-east-z7": "#map=7/42.7/131.2/0/0",
  "far-east-z8": "#map=8/42.6/131.0/0/0",
  "far-east-z9": "#map=9/42.45/130.75/0/0",
  "far-east-z11": "#map=11/42.42/130.64/0/0",
  "lake-baikal-z6": "#map=6/52.6/106.8/0/0",
  "western-russia-z5": "#map=5/50.5/40/0/0",
};

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "screenshots/basemap" },
    only: { type: "string", default: "" },
    width: { type: "string", default: "1600" },
    height: { type: "string", default: "1000" },
    export: { type: "boolean", default: false },
  },
});

async function exportSlide(page: Page, path: string): Promise<void> {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Size", { exact: true }).selectOption("slide-16-9");
  await dialog.getByLabel("Scale", { exact: true }).selectOption("2");
  const download = page.waitForEvent("download", { timeout: 180_000 });
  await dialog.getByRole("button", { name: "Download PNG" }).click();
  await (await download).saveAs(path);
  await dialog.getByRole("button", { name: "Close" }).click();
}

const wanted = values.only ? values.only.split(",") : Object.keys(basemapViews);
mkdirSync(values.out, { recursive: true });
const server = await buildAndServe();
const browser = await launchChromium();
try {
  for (const name of wanted) {
    const hash = basemapViews[name];
    if (hash === undefined)
      throw new Error(`No view named ${name}; known: ${Object.keys(basemapViews).join(", ")}`);
    const page = await browser.newPage({
      viewport: { width: Number(values.width), height: Number(values.height) },
    });
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', {
      state: "attached",
      timeout: 90_000,
    });
    const path = join(values.out, `${name}.png`);
    await page.screenshot({ path });
    console.log(`Saved ${path}`);
    if (values.export) {
      const exported = join(values.out, `${name}-export-3840x2160.png`);
      await exportSlide(page, exported);
      console.log(`Saved ${exported}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
