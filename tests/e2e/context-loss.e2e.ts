import type { Browser, Page } from "playwright-core";
import { type AppSession, waitForMapReady } from "./support/app-driver.ts";
import { loseContext, restoreContext } from "./support/context-loss.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { fixture, mapInventory, pickFiles, withWatchedApp } from "./support/import-driver.ts";
import { visibilityOf } from "./support/map-queries.ts";

function withApp(browser: Browser, run: (session: AppSession) => Promise<void>) {
  return withWatchedApp(browser, run);
}

/** What the analyst has set up: an imported layer, a hidden layer, a confidence filter and a selected feature. */
async function setUp(page: Page): Promise<string> {
  await pickFiles(page, [fixture("sourced.geojson")]);
  await page.getByRole("checkbox", { name: "Places", exact: true }).click();
  await page.getByLabel("Minimum confidence").selectOption("low");
  await page
    .getByTestId("feature-list")
    .getByRole("button", { name: /A cited rail sighting/ })
    .click();
  await page.getByTestId("feature-details").waitFor();
  await waitForMapReady(page);
  return page.evaluate(() => decodeURIComponent(/feature=([^&]*)/.exec(window.location.hash)?.[1] ?? ""));
}

async function expectStateKept(page: Page, selected: string) {
  const inventory = await mapInventory(page);
  expect(inventory.sources.some((id) => id.startsWith("imported-"))).toBe(true);
  expect(inventory.sources).toContain("rail-link");
  expect(new Set(await visibilityOf(page, "places"))).toEqual(new Set(["none"]));
  expect(await page.evaluate(() => window.__map?.getGlobalState().minimumConfidenceRank)).toBe(1);
  const source = selected.split(".")[0] ?? "";
  expect(
    await page.evaluate((target) => window.__map?.getFeatureState(target), { source, id: selected }),
  ).toMatchObject({
    selected: true,
  });
  expect(await page.getByRole("checkbox", { name: "sourced", exact: true }).isChecked()).toBe(true);
}

describe("WebGL context loss", () => {
  test("a lost context shows a banner; once restored the map has every layer, filter and selection again", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      const selected = await setUp(page);
      const before = await mapInventory(page);
      await loseContext(page);
      const banner = page.getByTestId("context-banner");
      expect(await banner.textContent()).toBe("The map's graphics context was lost; restoring…");
      // Toggling while the context is lost must not throw: the controller applies it on restore.
      await page.getByRole("checkbox", { name: "sourced", exact: true }).click();
      await page.getByRole("checkbox", { name: "sourced", exact: true }).click();
      await restoreContext(page);
      await banner.waitFor({ state: "detached" });
      await waitForMapReady(page);
      expect(await mapInventory(page)).toEqual(before);
      await expectStateKept(page, selected);
    });
  });

  test("a context lost for good offers 'Reload map', which rebuilds the map without losing anything", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      const selected = await setUp(page);
      await page.evaluate(() => {
        (window as unknown as { __firstMap: unknown }).__firstMap = window.__map;
      });
      await loseContext(page);
      await page.getByRole("button", { name: "Reload map" }).click({ timeout: 15_000 });
      await waitForMapReady(page);
      expect(
        await page.evaluate(() => (window as unknown as { __firstMap: unknown }).__firstMap !== window.__map),
      ).toBe(true);
      expect(await page.getByTestId("context-banner").count()).toBe(0);
      await expectStateKept(page, selected);
    });
  });
});
