import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { readPngText } from "../../src/export/png-metadata.ts";
import type { AppSession } from "./support/app-driver.ts";
import { appUrl, waitForMapReady } from "./support/app-driver.ts";
import { exportPng } from "./support/export-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { mapInventory, withWatchedApp } from "./support/import-driver.ts";

const tileFixture = (name: string) => resolve("tests/fixtures/tiles", name);
const tilesPanel = (page: Page) => page.locator("section.tiles-panel");

async function openFromDisk(page: Page, files: Parameters<Page["setInputFiles"]>[1]): Promise<void> {
  await page.getByLabel("Open a PMTiles archive").setInputFiles(files);
}

/** Picks a source layer and a geometry for the one open archive and adds the layer. */
async function addTileLayer(page: Page, sourceLayer: string, geometry: string): Promise<void> {
  const archive = tilesPanel(page).locator(".tile-archive").first();
  await archive.waitFor();
  await archive.getByLabel("Source layer").selectOption(sourceLayer);
  await archive.getByLabel("Geometry").selectOption({ label: geometry });
  await archive.getByRole("button", { name: "Add layer" }).click();
}

/** The titles of the features a tile style layer has drawn, once it has drawn `count` of them. */
async function drawnTitles(page: Page, suffix: string, count: number): Promise<string[]> {
  const handle = await page.waitForFunction(
    ({ suffix, count }) => {
      const map = window.__map;
      if (!map) return null;
      const layers = map
        .getStyle()
        .layers.map((layer) => layer.id)
        .filter((id) => id.startsWith("tiles-") && id.endsWith(suffix));
      if (layers.length === 0) return null;
      const titles = [
        ...new Set(map.queryRenderedFeatures({ layers }).map((feature) => String(feature.properties.title))),
      ];
      return titles.length >= count ? titles.sort() : null;
    },
    { suffix, count },
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as string[];
}

/** Clicks the map where a longitude and latitude are drawn. */
async function clickAt(page: Page, longitude: number, latitude: number): Promise<void> {
  const point = await page.evaluate(
    ([longitude, latitude]) => {
      const projected = window.__map?.project([longitude as number, latitude as number]);
      const box = window.__map?.getCanvas().getBoundingClientRect();
      return projected && box ? { x: box.left + projected.x, y: box.top + projected.y } : null;
    },
    [longitude, latitude],
  );
  if (!point) throw new Error("The map is not there");
  await page.mouse.click(point.x, point.y);
}

/** True once the page's local database remembers no archive (the deletion is written before a reload). */
function storedArchivesAreGone(): Promise<boolean> {
  return new Promise((resolve) => {
    const request = indexedDB.open("supply-route-map-tiles");
    request.onsuccess = () => {
      const database = request.result;
      const count = database.transaction("archives").objectStore("archives").count();
      count.onsuccess = () => {
        database.close();
        resolve(count.result === 0);
      };
    };
    request.onerror = () => resolve(false);
  });
}

/** Drops a binary file on the map as a user's drag and drop would. */
async function dropBytes(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const target = document.querySelector('[data-testid="map"]') as HTMLElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: "application/octet-stream" }));
      for (const type of ["dragenter", "dragover", "drop"])
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    },
    { name, data: [...bytes] },
  );
}

/** Serves a file on the app's own origin with HTTP range requests, as any static server would. */
async function serveOnAppOrigin(session: AppSession, path: string, bytes: Buffer): Promise<void> {
  await session.context.route(new URL(path, appUrl()).href, async (route) => {
    const range = /bytes=(\d+)-(\d+)/.exec(route.request().headers().range ?? "");
    if (!range) {
      await route.fulfill({ status: 200, body: bytes, headers: { "Accept-Ranges": "bytes" } });
      return;
    }
    const start = Number(range[1]);
    const end = Math.min(Number(range[2]), bytes.length - 1);
    await route.fulfill({
      status: 206,
      body: bytes.subarray(start, end + 1),
      headers: {
        "Accept-Ranges": "bytes",
        "Content-Range": `bytes ${start}-${end}/${bytes.length}`,
        "Content-Type": "application/octet-stream",
      },
    });
  });
}

describe("vector tiles (PMTiles)", () => {
  // Three page loads (open, reload, reload after closing): more time than one, on a shared two-core machine.
  test("an archive opened from disk: pick a source layer and geometry, see it drawn, click a feature for its properties, find it again after a reload, close it for good", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page, requests }) => {
      // With no archive remembered, the PMTiles reader is not loaded until one is opened.
      await tilesPanel(page).waitFor();
      const readerChunk = (url: string) => /\/assets\/open-archive-[^/]*\.js$/.test(url);
      expect(requests.filter((request) => readerChunk(request.url()))).toEqual([]);
      await openFromDisk(page, [tileFixture("test-vessels.pmtiles")]);
      expect(await tilesPanel(page).locator(".tile-archive").first().textContent()).toContain(
        "test-vessels.pmtiles",
      );
      const sourceLayers = await tilesPanel(page)
        .getByLabel("Source layer")
        .locator("option")
        .allTextContents();
      expect(sourceLayers).toEqual(["positions", "tracks"]);
      expect(requests.filter((request) => readerChunk(request.url()))).toHaveLength(1);

      await addTileLayer(page, "positions", "Points");
      await addTileLayer(page, "tracks", "Lines");
      expect(await drawnTitles(page, "--marker", 3)).toEqual([
        "Test vessel Alpha",
        "Test vessel Bravo",
        "Test vessel Charlie",
      ]);
      expect(await drawnTitles(page, "--line", 1)).toEqual(["Test track One"]);
      // Colours from the imported-layer palette, one per layer.
      const colours = await tilesPanel(page)
        .locator(".imported-layers .swatch")
        .evaluateAll((swatches) => swatches.map((swatch) => getComputedStyle(swatch).backgroundColor));
      expect(colours).toEqual(["rgb(0, 158, 115)", "rgb(86, 180, 233)"]);
      // Both legends name what is drawn: the one on screen, and the one in an exported picture.
      const tileTitles = await tilesPanel(page).locator(".imported-layers li").allTextContents();
      expect(tileTitles).toHaveLength(2);
      const legend = (await page.getByTestId("legend").textContent()) ?? "";
      expect(legend.match(/\(vector tiles\)/g)).toHaveLength(2);
      const layersInPicture = readPngText(
        new Uint8Array(await exportPng(page, { preset: "slide-16-9" })),
      ).Layers;
      expect(layersInPicture?.match(/\(vector tiles\)/g)).toHaveLength(2);

      await clickAt(page, 135, 41);
      const details = page.getByTestId("feature-details");
      await details.waitFor();
      expect(await details.getByRole("heading", { level: 2 }).textContent()).toBe("Test vessel Bravo");
      expect(await details.getByRole("note").textContent()).toContain("Unsourced");
      const properties = await details.getByTestId("file-properties").textContent();
      expect(properties).toContain("speed_knots8");
      expect(properties).toContain("notefictional test data");
      // The file is read on this computer: no request carried the archive.
      expect(requests.filter((request) => request.url().includes("pmtiles"))).toEqual([]);

      await page.reload();
      await waitForMapReady(page);
      expect(await drawnTitles(page, "--marker", 3)).toHaveLength(3);
      expect(await drawnTitles(page, "--line", 1)).toEqual(["Test track One"]);
      expect(await tilesPanel(page).locator(".imported-layers li").count()).toBe(2);

      // Closed, the archive leaves the map and stays closed after the next reload.
      await tilesPanel(page).getByRole("button", { name: "Close test-vessels.pmtiles" }).click();
      const tileSources = async () =>
        (await mapInventory(page)).sources.filter((id) => id.startsWith("tiles-"));
      expect(await tileSources()).toEqual([]);
      await page.waitForFunction(storedArchivesAreGone);
      await page.reload();
      await waitForMapReady(page);
      expect(await tilesPanel(page).locator(".tile-archive").count()).toBe(0);
      expect(await tileSources()).toEqual([]);
    });
  }, 180_000);

  test("an archive on the app's own origin opens by its relative address; another origin is refused with a message naming the URL", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async (session) => {
      const { page } = session;
      await serveOnAppOrigin(
        session,
        "archives/test-vessels.pmtiles",
        readFileSync(tileFixture("test-vessels.pmtiles")),
      );
      const before = await mapInventory(page);
      const address = tilesPanel(page).getByLabel("Or its address on this site");

      await address.fill("https://tiles.example.com/ships.pmtiles");
      await tilesPanel(page).getByRole("button", { name: "Open", exact: true }).click();
      const alert = tilesPanel(page).getByRole("alert");
      expect(await alert.textContent()).toContain(
        "https://tiles.example.com/ships.pmtiles is not on this site",
      );
      expect(await tilesPanel(page).locator(".tile-archive").count()).toBe(0);
      expect(await mapInventory(page)).toEqual(before);
      await alert.getByRole("button", { name: "Dismiss" }).click();

      await address.fill("archives/test-vessels.pmtiles");
      await tilesPanel(page).getByRole("button", { name: "Open", exact: true }).click();
      await addTileLayer(page, "positions", "Points");
      expect(await drawnTitles(page, "--marker", 3)).toHaveLength(3);
      const archiveRequests = session.requests.filter((request) =>
        request.url().endsWith("test-vessels.pmtiles"),
      );
      expect(archiveRequests.length).toBeGreaterThan(0);
      expect(archiveRequests.every((request) => request.headers().range?.startsWith("bytes="))).toBe(true);
    });
  });

  test("a raster archive and a corrupt one are refused with a message naming the file; the map keeps every layer", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page }) => {
      await openFromDisk(page, [tileFixture("test-vessels.pmtiles")]);
      await addTileLayer(page, "positions", "Points");
      await drawnTitles(page, "--marker", 3);
      const before = await mapInventory(page);

      // Dropped on the map: a .pmtiles file goes to the archive opener, not to the importer.
      await dropBytes(page, "test-raster.pmtiles", readFileSync(tileFixture("test-raster.pmtiles")));
      const alert = tilesPanel(page).getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(
        "test-raster.pmtiles holds raster PNG tiles: the app opens vector (MVT) archives only",
      );
      await openFromDisk(page, [
        {
          name: "broken.pmtiles",
          mimeType: "application/octet-stream",
          buffer: Buffer.from("not an archive at all"),
        },
      ]);
      await page.waitForFunction(() =>
        document.querySelector(".tile-problems")?.textContent?.includes("broken.pmtiles"),
      );
      expect(await alert.textContent()).toContain("broken.pmtiles could not be opened as a PMTiles archive");

      expect(await tilesPanel(page).locator(".tile-archive").count()).toBe(1);
      expect(await page.locator(".import-report").count()).toBe(0);
      expect(await mapInventory(page)).toEqual(before);
      expect(await drawnTitles(page, "--marker", 3)).toHaveLength(3);
    });
  });
});
