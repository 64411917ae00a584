import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { largeCollection, largeFile } from "../fixtures/import/generate.ts";
import { type AppSession, openApp, openSession, waitForMapReady } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import {
  dropFiles,
  fixture,
  importedSourceIds,
  mapInventory,
  pickFiles,
  provisionalLayerIds,
  waitForReports,
  withWatchedApp,
} from "./support/import-driver.ts";

const require = createRequire(import.meta.url);
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "import-e2e-"));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function withApp(browser: Browser, run: (session: AppSession) => Promise<void>) {
  return withWatchedApp(browser, run);
}

const importedGroup = (page: Page) => page.getByRole("group", { name: "Imported (your files)" });

describe("importing", () => {
  test("a file chosen with 'Import GeoJSON' becomes a visible layer: panel, map, legend, unsourced warnings", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      await pickFiles(page, [fixture("mixed-geometries.geojson")]);
      const box = importedGroup(page).getByRole("checkbox", { name: "mixed-geometries", exact: true });
      expect(await box.isChecked()).toBe(true);
      const [source = ""] = await importedSourceIds(page);
      expect(source).toMatch(/^imported-[0-9a-f]{8}$/);
      await waitForMapReady(page);
      const drawn = await page.evaluate(
        (id) => new Set(window.__map?.querySourceFeatures(id).map((feature) => feature.geometry.type)).size,
        source,
      );
      expect(drawn).toBe(3);
      expect(await page.getByTestId("legend").textContent()).toContain(
        "Grey features come from an imported file and carry no sourcing.",
      );
      expect(await page.getByTestId(`imported-${source}`).textContent()).toContain("⚠ 3 unsourced");
      // Every feature is unsourced and drawn grey: so is the layer's swatch, in both panels and the list.
      const swatches = [
        page.getByTestId(`imported-${source}`).locator(".swatch"),
        importedGroup(page).locator(".layer-row", { hasText: "mixed-geometries" }).locator(".swatch"),
        page
          .getByTestId("feature-list")
          .getByRole("button", { name: /A line/ })
          .locator(".swatch"),
      ];
      const swatchColours = await Promise.all(
        swatches.map((swatch) => swatch.evaluate((element) => getComputedStyle(element).backgroundColor)),
      );
      expect(new Set(swatchColours)).toEqual(new Set(["rgb(111, 111, 111)"]));
      expect(
        await page.getByRole("status").filter({ hasText: "mixed-geometries.geojson:" }).textContent(),
      ).toContain("3 features imported, 3 of them unsourced");
      await page
        .getByTestId("feature-list")
        .getByRole("button", { name: /A line/ })
        .click();
      expect(await page.getByTestId("feature-details").getByRole("note").textContent()).toContain(
        "Unsourced",
      );
    });
  });

  test("files dropped on the map are imported; the drop shows an overlay while dragging", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      await page.evaluate(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(["{}"], "x.geojson"));
        document
          .querySelector('[data-testid="map"]')
          ?.dispatchEvent(
            new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
      });
      await page.getByTestId("drop-overlay").waitFor();
      await dropFiles(page, [
        { name: "sourced.geojson", text: readFileSync(fixture("sourced.geojson"), "utf8") },
        { name: "lone-feature.geojson", text: readFileSync(fixture("lone-feature.geojson"), "utf8") },
      ]);
      await waitForReports(page, 2);
      expect(await page.getByTestId("drop-overlay").count()).toBe(0);
      expect(await importedGroup(page).getByRole("checkbox").count()).toBe(2);
      expect((await importedSourceIds(page)).length).toBe(2);
    });
  });

  test("a bad file is refused with an alert naming the file, feature and field; the map keeps every layer", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      await pickFiles(page, [fixture("mixed-geometries.geojson")]);
      await waitForMapReady(page);
      const before = await mapInventory(page);
      await pickFiles(page, [fixture("position-length.geojson")]);
      const alert = page.getByRole("alert").filter({ hasText: "position-length.geojson" });
      expect(await alert.textContent()).toContain(
        "position-length.geojson: feature #0: geometry.coordinates: has 1 item; expected a position [longitude, latitude]",
      );
      expect(await mapInventory(page)).toEqual(before);
      expect(await importedGroup(page).getByRole("checkbox").count()).toBe(1);
    });
  });

  // Every bad file of the corpus is refused with its message by the same code in tests/unit/import/corpus.test.ts;
  // here, the one above shows that a refusal reaches the page and loses nothing.

  test("several files at once with one bad: the good ones are imported, the bad one is reported", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      await pickFiles(page, [
        fixture("sourced.geojson"),
        fixture("not-json.geojson"),
        fixture("bow-tie.geojson"),
      ]);
      expect(await importedGroup(page).getByRole("checkbox").count()).toBe(2);
      expect(await page.getByRole("alert").filter({ hasText: "not-json.geojson" }).count()).toBe(1);
    });
  });

  test("the same file twice gives two layers with their own ids and titles", async ({ browser }) => {
    await withApp(browser, async ({ page }) => {
      await pickFiles(page, [fixture("lone-feature.geojson")]);
      await pickFiles(page, [fixture("lone-feature.geojson")]);
      const names = await importedGroup(page).locator(".layer-title").allTextContents();
      expect(names).toEqual(["lone-feature", "lone-feature (2)"]);
      expect(new Set(await importedSourceIds(page)).size).toBe(2);
    });
  });
});

describe("nothing from data runs or links", () => {
  test("HTML and script in every text field, and in the file name, are shown as text", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      const name = '<img src=x onerror="window.__pwned=1;alert(1)">.geojson';
      await pickFiles(page, [
        {
          name,
          mimeType: "application/geo+json",
          buffer: readFileSync(fixture("html-in-every-field.geojson")),
        },
      ]);
      expect(await importedGroup(page).locator(".layer-title").textContent()).toBe(
        '<img src=x onerror="window.__pwned=1;alert(1)">',
      );
      for (const title of [/^Title <img src=x onerror=/, /^Sourced <b>/]) {
        await page.getByTestId("feature-list").getByRole("button", { name: title }).click();
        const details = page.getByTestId("feature-details");
        await details.waitFor();
        expect(await details.locator("img, script, b, i").count()).toBe(0);
        expect(await details.textContent()).toContain("<script>window.__pwned=1;alert(1)</script>");
      }
      expect(await page.getByTestId("feature-details").textContent()).toContain(
        "Statement <img src=x onerror=",
      );
      await waitForMapReady(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    });
  });

  test("a file's own attribution never reaches the map's attribution control", async ({ browser }) => {
    await withApp(browser, async ({ page }) => {
      const attribution = () => page.locator(".maplibregl-ctrl-attrib-inner").innerHTML();
      const before = await attribution();
      await pickFiles(page, [fixture("style-keys.geojson")]);
      await waitForMapReady(page);
      expect(await attribution()).toBe(before);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    });
  });

  test("javascript:, data:, vbscript: and file: URLs never become links; an https: URL does", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      await pickFiles(page, [fixture("dangerous-urls.geojson")]);
      const warnings = page.getByRole("status").filter({ hasText: "dangerous-urls.geojson" });
      await warnings.locator("summary").click();
      expect(await warnings.textContent()).toContain(
        'dangerous-urls.geojson: feature #0: properties.url: warning: uses the scheme "javascript:"',
      );
      await page
        .getByTestId("feature-list")
        .getByRole("button", { name: /Links of every kind/ })
        .click();
      const properties = page.getByTestId("file-properties");
      const hrefs = await properties
        .locator("a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(hrefs).toEqual(["https://example.org/report"]);
      expect(
        await page.locator("a[href^='javascript:' i], a[href^='data:' i], a[href^='vbscript:' i]").count(),
      ).toBe(0);
      expect(await properties.textContent()).toContain("javascript:alert(document.domain)");
    });
  });
});

describe("accessibility", () => {
  test("the import panel with reports, warnings, imported layers and a CSV's column preview has no serious axe violations", async ({
    browser,
  }) => {
    // axe is injected by the test; the page's policy forbids inline scripts, so this session bypasses it.
    const session = await openSession(browser, { bypassCSP: true });
    try {
      await openApp(session);
      const { page } = session;
      await pickFiles(page, [fixture("dangerous-urls.geojson"), fixture("not-json.geojson")]);
      await page.getByRole("status").filter({ hasText: "dangerous-urls.geojson" }).locator("summary").click();
      await page
        .getByTestId("feature-list")
        .getByRole("button", { name: /Links of every kind/ })
        .click();
      // A CSV's column preview, open while axe looks at the panel.
      await page
        .getByLabel("Import GeoJSON")
        .setInputFiles(resolve("tests/fixtures/formats/ship-positions.csv"));
      await page.getByRole("dialog", { name: "Columns of ship-positions.csv" }).waitFor();
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const serious = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: Element,
              ) => Promise<{ violations: Array<{ id: string; impact: string | null }> }>;
            };
          }
        ).axe;
        const targets = [".import-panel", '[data-testid="feature-details"]'].map((selector) =>
          document.querySelector(selector),
        );
        const found = [];
        for (const target of targets) if (target) found.push(...(await axe.run(target)).violations);
        return found
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation) => violation.id);
      });
      expect(serious).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe("persistence and export", () => {
  test("imported layers survive a reload, with their visibility and selection; a removed one stays removed", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      await pickFiles(page, [fixture("sourced.geojson"), fixture("lone-feature.geojson")]);
      await importedGroup(page).getByRole("checkbox", { name: "lone-feature", exact: true }).click();
      await page
        .getByTestId("feature-list")
        .getByRole("button", { name: /A cited rail sighting/ })
        .click();
      await page.getByTestId("feature-details").waitFor();
      const sources = await importedSourceIds(page);

      await page.reload();
      await waitForMapReady(page);
      await importedGroup(page).getByRole("checkbox", { name: "sourced", exact: true }).waitFor();
      expect(
        await importedGroup(page).getByRole("checkbox", { name: "sourced", exact: true }).isChecked(),
      ).toBe(true);
      expect(
        await importedGroup(page).getByRole("checkbox", { name: "lone-feature", exact: true }).isChecked(),
      ).toBe(false);
      expect((await importedSourceIds(page)).sort()).toEqual([...sources].sort());
      expect(await page.locator("#details-heading").textContent()).toBe("A cited rail sighting");

      await page.getByRole("button", { name: "Remove lone-feature" }).click();
      expect(await importedGroup(page).getByRole("checkbox").count()).toBe(1);
      await page.reload();
      await waitForMapReady(page);
      await importedGroup(page).getByRole("checkbox", { name: "sourced", exact: true }).waitFor();
      expect(await importedGroup(page).getByRole("checkbox").count()).toBe(1);
      expect((await importedSourceIds(page)).length).toBe(1);
    });
  });

  test("any layer, or everything, downloads as GeoJSON that imports again", async ({ browser }) => {
    await withApp(browser, async ({ page }) => {
      await pickFiles(page, [fixture("sourced.geojson")]);
      const [one] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download sourced as GeoJSON" }).click(),
      ]);
      const imported = JSON.parse(readFileSync((await one.path()) ?? "", "utf8"));
      expect(
        imported.features.map((feature: { properties: { id: string } }) => feature.properties.id),
      ).toEqual(["my-rail-sighting"]);
      expect(imported.features[0].properties).not.toHaveProperty("unsourced");

      await page.getByLabel("Layer to download").selectOption({ label: "Places" });
      const [bundled] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download layer", exact: true }).click(),
      ]);
      // A shipped layer is its file as it is in the repository, byte for byte.
      expect(bundled.suggestedFilename()).toBe("places.geojson");
      expect(readFileSync((await bundled.path()) ?? "").equals(readFileSync("geojson/places.geojson"))).toBe(
        true,
      );

      const [all] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download all as GeoJSON" }).click(),
      ]);
      const everything = JSON.parse(readFileSync((await all.path()) ?? "", "utf8"));
      const layersNamed = new Set(everything.features.map((feature: { layer: string }) => feature.layer));
      expect(layersNamed.has("sourced")).toBe(true);
      expect(layersNamed.has("Places")).toBe(true);

      const again = join(scratch, "everything.geojson");
      writeFileSync(again, JSON.stringify(everything));
      await pickFiles(page, [again]);
      expect(
        await page.getByRole("status").filter({ hasText: "everything.geojson:" }).textContent(),
      ).toContain(`${everything.features.length.toLocaleString("en-GB")} features imported`);
    });
  });
});

describe("large files", () => {
  test("a 50 MB file of 100,000 features imports off the main thread, with progress", async ({ browser }) => {
    const path = join(scratch, largeFile.name);
    writeFileSync(path, largeCollection());
    await withApp(browser, async ({ page }) => {
      // The page itself never reads the file as text: the largest text its own JSON.parse or Response.text/json
      // sees stays far below the file's size. (How long it takes is `npm run bench`'s business, not a test's.)
      await page.evaluate(() => {
        const seen = { largest: 0 };
        (window as unknown as { __seen: typeof seen }).__seen = seen;
        const parse = JSON.parse;
        JSON.parse = (text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
          seen.largest = Math.max(seen.largest, typeof text === "string" ? text.length : 0);
          return parse(text, reviver);
        };
        const readText = Response.prototype.text;
        Response.prototype.text = async function (this: Response) {
          const text = await readText.call(this);
          seen.largest = Math.max(seen.largest, text.length);
          return text;
        };
        Response.prototype.json = async function (this: Response) {
          return JSON.parse(await this.text());
        };
      });
      await page.getByLabel("Import GeoJSON").setInputFiles(path);
      await page.getByTestId("import-progress").waitFor();
      const stages = new Set<string>();
      // Over limits.provisionalDrawBytes: checked first, never drawn from its raw bytes beside the check.
      let drawnWhileChecked = false;
      while ((await page.locator(".import-report").count()) === 0) {
        drawnWhileChecked ||= (await provisionalLayerIds(page)).length > 0;
        const stage = await page
          .getByTestId("import-stage")
          .textContent({ timeout: 1000 })
          .catch(() => null);
        if (stage) stages.add(stage.replace(/ \d+%/, "").replace(/ · .*/, ""));
        await page.waitForTimeout(250);
      }
      expect(stages.has("Reading") || stages.has("Checking features")).toBe(true);
      expect(drawnWhileChecked).toBe(false);
      expect(await page.getByTestId(`count-${(await importedSourceIds(page))[0]}`).textContent()).toBe(
        "100000",
      );
      await waitForMapReady(page, 180_000);
      const largest = await page.evaluate(
        () => (window as unknown as { __seen: { largest: number } }).__seen.largest,
      );
      expect(largest).toBeLessThan(largeFile.minimumBytes / 10);
    });
  }, 300_000);

  test("Cancel stops an import: nothing is added, and the page says so", async ({ browser }) => {
    const path = join(scratch, largeFile.name);
    writeFileSync(path, largeCollection());
    await withApp(browser, async ({ page }) => {
      const before = await mapInventory(page);
      await page.getByLabel("Import GeoJSON").setInputFiles(path);
      await page.getByRole("button", { name: "Cancel" }).click();
      await waitForReports(page, 1);
      expect(await page.locator(".import-report").textContent()).toContain(
        `${largeFile.name}: import cancelled; nothing was added.`,
      );
      expect(await mapInventory(page)).toEqual(before);
      expect(await importedGroup(page).count()).toBe(0);
    });
  }, 120_000);

  test("a file over the size limit is refused before it is read, with its size and the limit", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      const before = await mapInventory(page);
      await page.evaluate(() => {
        // 101 parts of one megabyte: a Blob built of Blobs is not copied, so the test needs no 101 MB of memory.
        const megabyte = new Blob([new Uint8Array(1024 * 1024)]);
        const file = new File(
          Array.from({ length: 101 }, () => megabyte),
          "too-big.geojson",
        );
        const transfer = new DataTransfer();
        transfer.items.add(file);
        document
          .querySelector('[data-testid="map"]')
          ?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      });
      await waitForReports(page, 1);
      expect(await page.getByRole("alert").filter({ hasText: "too-big.geojson" }).textContent()).toContain(
        "too-big.geojson: feature -: -: is 101 MB; expected at most 100 MB (split the file or simplify its geometry) — it was not read",
      );
      expect(await mapInventory(page)).toEqual(before);
    });
  });
});
