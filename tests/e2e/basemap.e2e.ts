import type { Browser } from "playwright-core";
import { type AppSession, appUrl, openSession, withAppIn } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { decodePng, distinctColours } from "./support/pixels.ts";

function withApp(browser: Browser, run: (session: AppSession) => Promise<void>, hash = "") {
  return withAppIn(browser, run, hash);
}

describe("the embedded basemap", () => {
  test("the map becomes ready and exposes its MapLibre instance", async ({ browser }) => {
    await withApp(browser, async ({ page }) => {
      const state = await page.evaluate(() => ({
        hasMap: typeof window.__map?.getStyle === "function",
        loaded: window.__map?.loaded(),
        webgl: window.__map?.getCanvas().getContext("webgl2") instanceof WebGL2RenderingContext,
      }));
      expect(state).toEqual({ hasMap: true, loaded: true, webgl: true });
    });
  });

  test("the screenshot of the map is not blank: ocean, land, borders and labels give many colours", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      const png = decodePng(await page.locator('[data-testid="map"]').screenshot());
      expect(distinctColours(png)).toBeGreaterThan(40);
    });
  });

  test("country labels are drawn with the bundled fonts", async ({ browser }) => {
    await withApp(browser, async ({ page }) => {
      const names = await page.evaluate(() =>
        window.__map
          ?.queryRenderedFeatures({ layers: ["basemap-country-labels"] })
          .map((feature) => feature.properties.name as string),
      );
      expect(names).toEqual(expect.arrayContaining(["Russia", "China"]));
    });
  });

  test("the 10m detail is fetched only once the map nears zoom 6, then drawn", async ({ browser }) => {
    await withApp(browser, async ({ page, requests }) => {
      const detailFiles = () =>
        requests
          .map((request) => request.url())
          .filter((url) => /detail-(land|coast|water)-(?!towns)[^/]*\.geojson/.test(url));
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

  test("the first view draws Lake Khanka and the Amur, and fetches no western or detail Natural Earth file", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page, requests }) => {
      const drawn = await page.evaluate(() => {
        const names = (layer: string) =>
          window.__map
            ?.queryRenderedFeatures({ layers: [layer] })
            .map((feature) => feature.properties.name) ?? [];
        return {
          lakes:
            window.__map?.queryRenderedFeatures({ layers: ["basemap-water-towns-east--lakes"] }).length ?? 0,
          lakeLabels: names("basemap-water-towns-east--lake-labels"),
          rivers: names("basemap-water-towns-east--rivers"),
        };
      });
      expect(drawn.lakes).toBeGreaterThan(0);
      expect(drawn.lakeLabels).toContain("Lake Khanka");
      expect(drawn.rivers).toContain("Amur");
      const naturalEarthFiles = requests
        .map((request) => request.url())
        .filter((url) => /water-towns-[^/]*\.geojson/.test(url));
      expect(naturalEarthFiles).toEqual([expect.stringMatching(/\/water-towns-east[^/]*\.geojson/)]);
      // The borders too: the Far East's 50m lines only, neither the western ones nor the 10m detail.
      const borderFiles = requests.map((request) => request.url()).filter((url) => /borders/.test(url));
      expect(borderFiles).toEqual([expect.stringMatching(/\/borders-[^/]*\.geojson/)]);
      expect(borderFiles[0]).not.toMatch(/borders-west/);
    });
  });

  test("around the Friendship Bridge the Tumen is drawn and named, and the data's places win over basemap towns", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      /** Waits until the map is ready and `layer` draws a feature named `name` (the detail loads after a jump). */
      const waitForDrawn = (layer: string, name: string) =>
        page.waitForFunction(
          ([layerId, wanted]) =>
            document.querySelector('[data-testid="map"][data-map-ready="true"]') !== null &&
            (window.__map?.queryRenderedFeatures({ layers: [layerId as string] }) ?? []).some(
              (feature) => feature.properties.name === wanted,
            ),
          [layer, name],
          { timeout: 60_000, polling: 500 },
        );
      // Labelled along the line at zoom 9, where it runs long and straight enough for its name.
      await page.evaluate(() => window.__map?.jumpTo({ center: [130.75, 42.45], zoom: 9 }));
      await waitForDrawn("basemap-detail-water-towns-east--river-labels", "Tumen");
      await page.evaluate(() => window.__map?.jumpTo({ center: [130.8, 42.6], zoom: 7 }));
      await waitForDrawn("basemap-detail-water-towns-east--rivers", "Tumen");
      const drawn = await page.evaluate(() => {
        const names = (layer: string) =>
          window.__map
            ?.queryRenderedFeatures({ layers: [layer] })
            .map((feature) => feature.properties.name) ?? [];
        return {
          towns: [
            ...names("basemap-water-towns-east--towns"),
            ...names("basemap-detail-water-towns-east--towns"),
          ],
          places: names("places--label"),
        };
      });
      expect(drawn.places).toContain("Vladivostok");
      expect(drawn.towns.length).toBeGreaterThan(0);
      // Natural Earth has its own Vladivostok a few hundred metres from the data's: only the data's is drawn.
      expect(drawn.towns).not.toContain("Vladivostok");
    });
  });

  test("every request goes to the app's own origin", async ({ browser }) => {
    const origin = new URL(appUrl()).origin;
    await withApp(browser, async ({ page, requests }) => {
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
  test("the page says in plain words why there is no map", async ({ browser }) => {
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
