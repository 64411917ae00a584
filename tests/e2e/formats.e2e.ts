import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { kmzOf, lyingZipBomb } from "../fixtures/formats/generate.ts";
import { waitForMapReady } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import {
  fixture,
  importedSourceIds,
  mapInventory,
  pickFiles,
  waitForReports,
  withWatchedApp,
} from "./support/import-driver.ts";

const formatFixture = (name: string) => resolve("tests/fixtures/formats", name);
/** Playwright takes paths or buffers in one call, not both; generated files are buffers, so all are. */
const fileOf = (name: string, bytes: Uint8Array = readFileSync(formatFixture(name))) => ({
  name,
  mimeType: "application/octet-stream",
  buffer: Buffer.from(bytes),
});
const importedTitles = (page: Page) =>
  page.getByRole("group", { name: "Imported (your files)" }).locator(".layer-title").allTextContents();

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path()) ?? "", "utf8") };
}

describe("KML, KMZ, GPX and CSV", () => {
  test("a KML with folders, a KMZ and a GPX become layers on the map: one per folder", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page }) => {
      const kml = readFileSync(formatFixture("folders.kml"), "utf8");
      await pickFiles(page, [fileOf("folders.kml"), fileOf("zipped.kmz", kmzOf(kml)), fileOf("tracks.gpx")]);
      expect(await importedTitles(page)).toEqual([
        "folders · Rail",
        "folders · Sea / Ports",
        "folders · Sea",
        "zipped · Rail",
        "zipped · Sea / Ports",
        "zipped · Sea",
        "tracks",
      ]);
      await waitForMapReady(page);
      expect((await importedSourceIds(page)).length).toBe(7);
      expect(await page.getByRole("status").filter({ hasText: "tracks.gpx:" }).textContent()).toContain(
        "4 features imported",
      );
      // The description's HTML is text: its script never ran (withWatchedApp checks window.__pwned).
      await page
        .getByTestId("feature-list")
        .getByRole("button", { name: /Tumangang to Khasan/ })
        .first()
        .click();
      expect(await page.getByTestId("feature-details").textContent()).toContain("Trains reported crossing.");
    });
  });

  test("a CSV of ship positions: the column preview shows the guess, and Import gives tracks and positions", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page }) => {
      await page.getByLabel("Import GeoJSON").setInputFiles([formatFixture("ship-positions.csv")]);
      const dialog = page.getByRole("dialog", { name: "Columns of ship-positions.csv" });
      await dialog.waitFor();
      expect(await dialog.getByLabel("Latitude").inputValue()).toBe("latitude");
      expect(await dialog.getByLabel("Longitude").inputValue()).toBe("longitude");
      expect(await dialog.getByLabel("Track id").inputValue()).toBe("mmsi");
      expect(await dialog.getByLabel("Time").inputValue()).toBe("timestamp");
      expect(await dialog.locator("tbody tr").count()).toBe(5);
      await dialog.getByRole("button", { name: "Import" }).click();
      await waitForReports(page, 1);
      expect(await importedTitles(page)).toEqual(["ship-positions · tracks", "ship-positions · positions"]);

      // Columns the guess missed are chosen by hand.
      await page.getByLabel("Import GeoJSON").setInputFiles({
        name: "odd-names.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("north;east;label\n42,25;130,3;Rajin\n42,75;133,05;Vostochny\n"),
      });
      const odd = page.getByRole("dialog", { name: "Columns of odd-names.csv" });
      await odd.waitFor();
      expect(await odd.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);
      await odd.getByLabel("Latitude").selectOption("north");
      await odd.getByLabel("Longitude").selectOption("east");
      await odd.getByRole("button", { name: "Import" }).click();
      await waitForReports(page, 2);
      expect(await page.getByRole("status").filter({ hasText: "odd-names.csv:" }).textContent()).toContain(
        "2 features imported",
      );
    });
  });

  test("hostile files (billion laughs, a zip bomb) are refused with a message; the map keeps every layer", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page }) => {
      await pickFiles(page, [fixture("mixed-geometries.geojson")]);
      await waitForMapReady(page);
      const before = await mapInventory(page);
      await pickFiles(page, [
        fileOf("billion-laughs.kml"),
        fileOf("bomb.kmz", lyingZipBomb(120 * 1024 * 1024)),
      ]);
      expect(await page.getByRole("alert").filter({ hasText: "billion-laughs.kml" }).textContent()).toContain(
        "billion-laughs.kml: feature -: -: declares XML entities (<!ENTITY>)",
      );
      expect(await page.getByRole("alert").filter({ hasText: "bomb.kmz" }).textContent()).toContain(
        "bomb.kmz: feature -: -: unzips to more than 100 MB (doc.kml)",
      );
      expect(await mapInventory(page)).toEqual(before);
      expect(await importedTitles(page)).toEqual(["mixed-geometries"]);
    });
  });

  test("a shipped layer downloads as KML that imports again with its sourcing, and as CSV with formulas defused", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async ({ page }) => {
      await page.getByLabel("Layer to download").selectOption({ label: "Tumangang–Khasan rail link" });
      const kml = await downloadText(page, () =>
        page.getByRole("button", { name: "Layer as KML", exact: true }).click(),
      );
      expect(kml.name).toBe("tumangang-khasan-rail-link.kml");
      expect(kml.text).toContain("<Folder><name>Tumangang–Khasan rail link</name>");
      expect(kml.text).toContain('<Data name="citations">');
      const shipped = JSON.parse(readFileSync("geojson/rail-link.geojson", "utf8")) as {
        features: Array<{ properties: { title: string } }>;
      };
      await pickFiles(page, [{ name: kml.name, mimeType: "application/xml", buffer: Buffer.from(kml.text) }]);
      expect(
        await page
          .getByRole("status")
          .filter({ hasText: `${kml.name}:` })
          .textContent(),
      ).toContain(`${shipped.features.length} features imported.`);

      const csv = await downloadText(page, () =>
        page.getByRole("button", { name: "Layer as CSV", exact: true }).click(),
      );
      expect(csv.name).toBe("tumangang-khasan-rail-link.csv");
      const [header, ...rows] = csv.text
        .replace(/^\ufeff/, "")
        .trim()
        .split("\r\n");
      expect(header).toBe(
        "layer,id,title,claim,status,confidence,claimant,publications,first_date,last_date,precision,wkt",
      );
      expect(rows.length).toBeGreaterThanOrEqual(shipped.features.length);
      expect(csv.text).toContain("LINESTRING (130.608 42.421");

      // An imported layer whose title starts a formula: the cell is defused.
      await pickFiles(page, [
        { name: "=cmd.kml", mimeType: "application/xml", buffer: readFileSync(formatFixture("my-maps.kml")) },
      ]);
      const imported = await downloadText(page, () =>
        page.getByRole("button", { name: "Download =cmd · Untitled layer as CSV" }).click(),
      );
      expect(imported.text.split("\r\n")[1]).toMatch(/^'=cmd · Untitled layer,,Dunai,/);
    });
  });
});
