import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../../scripts/browser/chromium.ts";
import { type AppSession, appUrl, openSession, withAppIn } from "./support/app-driver.ts";
import { decodePng, distinctColours } from "./support/pixels.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function withApp(run: (session: AppSession) => Promise<void>, hash = "") {
  return withAppIn(browser, run, hash);
}

describe("the embedded basemap", () => {
  test("the map becomes ready and exposes its MapLibre instance", async () => {
    await withApp(async ({ page }) => {
      const state = await page.evaluate(() => ({
        hasMap: typeof window.__map?.getStyle === "function",
        loaded: window.__map?.loaded(),
        webgl: window.__map?.getCanvas().getContext("webgl2") instanceof WebGL2RenderingContext,
      }));
      expect(state).toEqual({ hasMap: true, loaded: true, webgl: true });
    });
  });

  test("the screenshot of the map is not blank: ocean, land, borders and labels give many colours", async () => {
    await withApp(async ({ page }) => {
      const png = decodePng(await page.locator('[data-testid="map"]').screenshot());
      expect(distinctColours(png)).toBeGreaterThan(40);
    });
  });

  test("country labels are drawn with the bundled fonts", async () => {
    await withApp(async ({ page }) => {
      const names = await page.evaluate(() =>
        window.__map
          ?.queryRenderedFeatures({ layers: ["basemap-country-labels"] })
          .map((feature) => feature.properties.name as string),
      );
      expect(names).toEqual(expect.arrayContaining(["Russia", "China"]));
    });
  });

  test("the 10m detail is fetched only once the map nears zoom 6, then drawn", async () => {
    await withApp(async ({ page, requests }) => {
      const detailFiles = () =>
        requests
          .map((request) => request.url())
          .filter((url) => /detail-(land|coast|water)[^/]*\.geojson/.test(url));
      expect(detailFiles()).toEqual([]);
      await page.evaluate(() => window.__map?.jumpTo({ center: [130.6, 42.45], zoom: 7 }));
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="map"][data-map-ready="true"]') !== null &&
          (window.__map?.queryRenderedFeatures({ layers: ["basemap-detail-coast"] }).length ?? 0) > 0,
        null,
        { timeout: 30_000 },
      );
      expect(detailFiles().length).toBe(3);
    });
  });

  test("every request goes to the app's own origin", async () => {
    const origin = new URL(appUrl()).origin;
    await withApp(async ({ page, requests }) => {
      // Zoom out to the whole story, so that every basemap file and label font in view is fetched too.
      await page.evaluate(() => window.__map?.jumpTo({ center: [80, 45], zoom: 2 }));
      await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { state: "attached" });
      const foreign = requests
        .map((request) => request.url())
        .filter((url) => new URL(url).origin !== origin);
      expect(requests.length).toBeGreaterThan(5);
      expect(foreign).toEqual([]);
    });
  });
});

describe("without WebGL", () => {
  test("the page says in plain words why there is no map", async () => {
    const session = await openSession(browser);
    try {
      await session.page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (
          this: HTMLCanvasElement,
          kind: string,
          ...rest: unknown[]
        ) {
          if (kind.startsWith("webgl")) return null;
          return (original as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
        } as typeof original;
      });
      await session.page.goto(appUrl());
      const alert = session.page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/WebGL/);
      expect(await session.page.getAttribute('[data-testid="map"]', "data-map-ready")).toBeNull();
    } finally {
      await session.close();
    }
  });
});
