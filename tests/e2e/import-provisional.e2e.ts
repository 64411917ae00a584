import type { Page, Route } from "playwright-core";
import { waitForMapReady } from "./support/app-driver.ts";
import { loseContext, restoreContext } from "./support/context-loss.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import {
  fixture,
  importedSourceIds,
  mapInventory,
  provisionalLayerIds,
  waitForReports,
  withWatchedApp,
} from "./support/import-driver.ts";

/*
 * Show first, check alongside: MapLibre draws a chosen GeoJSON file while the import worker checks it. The test
 * holds the import worker's script back, so that the file is certainly drawn before its check, then lets it go.
 */

type Held = { release: () => Promise<void> };

/** Holds every request for the import worker's script until `release`. */
async function holdImportWorker(page: Page): Promise<Held> {
  const waiting: Route[] = [];
  let released = false;
  await page.route(/\/assets\/import-worker-[^/]+\.js$/, (route) => {
    if (released) return route.continue();
    waiting.push(route);
  });
  return {
    release: async () => {
      released = true;
      await Promise.all(waiting.splice(0).map((route) => route.continue()));
    },
  };
}

/** Waits until the provisional layers have drawn at least one feature, and returns how many they drew. */
async function provisionalFeaturesDrawn(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const map = window.__map;
      if (!map) return false;
      const layers = map
        .getStyle()
        .layers.filter(
          (layer) => (layer.metadata as Record<string, unknown> | undefined)?.["supply-map:provisional"],
        )
        .map((layer) => layer.id);
      if (layers.length === 0) return false;
      const drawn = map.queryRenderedFeatures({ layers }).length;
      return drawn > 0 ? drawn : false;
    },
    undefined,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

const importedGroup = (page: Page) => page.getByRole("group", { name: "Imported (your files)" });

describe("show first, check alongside", () => {
  test("a GeoJSON file is drawn before its check ends, then becomes its layer on the same source", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page }) => {
      const held = await holdImportWorker(page);
      await page.getByLabel("Import GeoJSON").setInputFiles(fixture("mixed-geometries.geojson"));
      expect(await provisionalFeaturesDrawn(page)).toBeGreaterThan(0);
      const [source = ""] = await importedSourceIds(page);
      expect(source).toMatch(/^imported-[0-9a-f]{8}$/);
      expect(await provisionalLayerIds(page)).toEqual([
        `${source}-provisional-fill`,
        `${source}-provisional-line`,
        `${source}-provisional-point`,
      ]);
      expect(await page.getByTestId("import-stage").textContent()).toContain(
        "drawn on the map, dashed, until its check passes",
      );
      // Not checked yet: not a layer of the panels, nothing to click.
      expect(await importedGroup(page).count()).toBe(0);
      await page.evaluate((id) => {
        (window as unknown as { __provisionalSource: unknown }).__provisionalSource =
          window.__map?.getSource(id);
      }, source);

      await held.release();
      await waitForReports(page, 1);
      await waitForMapReady(page);
      expect(await provisionalLayerIds(page)).toEqual([]);
      expect(await importedGroup(page).getByRole("checkbox", { name: "mixed-geometries" }).isChecked()).toBe(
        true,
      );
      const after = await page.evaluate((id) => {
        const map = window.__map;
        const features = map?.querySourceFeatures(id) ?? [];
        return {
          sameSource:
            map?.getSource(id) ===
            (window as unknown as { __provisionalSource: unknown }).__provisionalSource,
          layers: (map?.getStyle().layers ?? []).filter((layer) => "source" in layer && layer.source === id)
            .length,
          geometryTypes: new Set(features.map((feature) => feature.geometry.type)).size,
          prepared: features.every((feature) => feature.properties.unsourced === true),
        };
      }, source);
      // The same source object: the checked data replaced the raw data in place, with no gap on the map.
      expect(after.sameSource).toBe(true);
      expect(after.layers).toBeGreaterThan(3);
      expect(after.geometryTypes).toBe(3);
      expect(after.prepared).toBe(true);
    });
  });

  test("a file its check refuses leaves the map with the usual message, and nothing else is lost", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page }) => {
      const before = await mapInventory(page);
      const held = await holdImportWorker(page);
      // MapLibre draws this file (one point in range); the check refuses the file as a whole.
      await page.getByLabel("Import GeoJSON").setInputFiles(fixture("position-length.geojson"));
      expect(await provisionalFeaturesDrawn(page)).toBeGreaterThan(0);
      expect((await mapInventory(page)).sources.length).toBe(before.sources.length + 1);

      await held.release();
      await waitForReports(page, 1);
      await waitForMapReady(page);
      const alert = page.getByRole("alert").filter({ hasText: "position-length.geojson" });
      expect(await alert.textContent()).toContain(
        "position-length.geojson: feature #0: geometry.coordinates: has 1 item; expected a position [longitude, latitude]",
      );
      expect(await page.locator(".import-report").textContent()).toContain(
        "Nothing of it is left on the map.",
      );
      expect(await mapInventory(page)).toEqual(before);
      expect(await importedGroup(page).count()).toBe(0);
    });
  });

  test("a file MapLibre cannot read is reported by its check alone: no console error, nothing lost", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page, errors }) => {
      const before = await mapInventory(page);
      const held = await holdImportWorker(page);
      await page.evaluate(() => {
        const failed: string[] = [];
        (window as unknown as { __failedSources: string[] }).__failedSources = failed;
        window.__map?.on("error", (event) => {
          const { sourceId } = event as unknown as { sourceId?: string };
          if (sourceId) failed.push(sourceId);
        });
      });
      await page.getByLabel("Import GeoJSON").setInputFiles(fixture("not-json.geojson"));
      // MapLibre's worker tries the file and fails while the check is held.
      await page.waitForFunction(() =>
        (window as unknown as { __failedSources: string[] }).__failedSources.some((id) =>
          id.startsWith("imported-"),
        ),
      );
      await held.release();
      await waitForReports(page, 1);
      await waitForMapReady(page);
      expect(await page.getByRole("alert").filter({ hasText: "not-json.geojson" }).count()).toBe(1);
      expect(await mapInventory(page)).toEqual(before);
      expect(errors).toEqual([]);
    });
  });

  test("a file whose check passes while the map's graphics context is lost comes back as its own layer", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page }) => {
      const held = await holdImportWorker(page);
      await page.getByLabel("Import GeoJSON").setInputFiles(fixture("mixed-geometries.geojson"));
      await provisionalFeaturesDrawn(page);
      const [source = ""] = await importedSourceIds(page);
      await loseContext(page);
      await held.release();
      await page.locator(".import-report").waitFor();
      await restoreContext(page);
      await page.getByTestId("context-banner").waitFor({ state: "detached" });
      await waitForReports(page, 1);
      await waitForMapReady(page);
      expect(await provisionalLayerIds(page)).toEqual([]);
      const after = await page.evaluate((id) => {
        const map = window.__map;
        return {
          layers: (map?.getStyle().layers ?? []).filter((layer) => "source" in layer && layer.source === id)
            .length,
          prepared: (map?.querySourceFeatures(id) ?? []).map((feature) => feature.properties.unsourced),
        };
      }, source);
      expect(after.layers).toBeGreaterThan(3);
      expect(after.prepared.length).toBeGreaterThan(0);
      expect(after.prepared.every((unsourced) => unsourced === true)).toBe(true);
    });
  });
});
