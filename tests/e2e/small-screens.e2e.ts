import type { FeatureCollection } from "geojson";
import type { GeoJSONSource } from "maplibre-gl";
import type { Browser, Page } from "playwright-core";
import { type AppSession, openApp, openSession, waitForMapReady } from "./support/app-driver.ts";
import { seriousViolations } from "./support/axe.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { visibilityOf } from "./support/map-queries.ts";

const phone = { width: 390, height: 844 };
const tablet = { width: 768, height: 1024 };
const laptop = { width: 1366, height: 768 };

/**
 * The app on a screen of this size, the phone and the tablet with touch and a coarse pointer; axe can be injected
 * (`bypassCSP`). No page error may happen.
 */
async function withScreen(
  browser: Browser,
  viewport: { width: number; height: number },
  hash: string,
  run: (session: AppSession) => Promise<void>,
) {
  const touch = viewport.width < laptop.width;
  const session = await openSession(browser, { viewport, touch, bypassCSP: true });
  try {
    await openApp(session, hash);
    await run(session);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
}

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box;
}

/** Taps the middle of an element with a finger, once it is scrolled into sight. */
async function tap(page: Page, selector: string) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const box = await boxOf(page, selector);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** A feature's vertices on screen, in CSS pixels, from the map's own source data. */
async function screenPoints(page: Page, layerId: string, featureId: string) {
  return page.evaluate(
    async ({ layerId, featureId }) => {
      const map = window.__map;
      const source = map?.getSource(layerId) as GeoJSONSource | undefined;
      const data = (await source?.getData()) as FeatureCollection | undefined;
      const feature = data?.features.find((item) => item.properties?.id === featureId);
      if (!map || !feature || feature.geometry.type !== "LineString") throw new Error(`no line ${featureId}`);
      return feature.geometry.coordinates.map(([lng, lat]) => {
        const point = map.project([lng ?? 0, lat ?? 0]);
        return { x: point.x, y: point.y };
      });
    },
    { layerId, featureId },
  );
}

const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));

describe("phones and tablets", () => {
  test("on a phone the map fills the screen; the panels' sheet opens, toggles a layer and closes", async ({
    browser,
  }) => {
    await withScreen(browser, phone, "", async ({ page }) => {
      expect(await boxOf(page, '[data-testid="map"] canvas')).toEqual({ x: 0, y: 0, ...phone });
      // Closed, the sheet is a peek: the title, the toolbar and the handle; the map shows above it.
      const peek = await boxOf(page, '[data-testid="panel-sheet"]');
      expect(peek.height).toBeLessThan(phone.height * 0.2);
      expect(await page.locator("#sheet-content").isVisible()).toBe(false);
      const summaryBefore = (await page.getByTestId("map-summary").textContent()) ?? "";
      expect(summaryBefore).toMatch(/^\d+ layers, \d+ features, [^,]+ – [^,]+, any confidence$/);

      await tap(page, ".sheet-handle");
      await page.locator("#sheet-content").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      const rail = page.getByRole("checkbox", { name: "Tumangang–Khasan rail link" });
      await rail.scrollIntoViewIfNeeded();
      const railBox = await rail.boundingBox();
      if (!railBox) throw new Error("the rail layer's checkbox is not on screen");
      // The whole row is the target: a finger lands on its title, not on the small box.
      await tap(page, 'label.layer-row:has-text("Tumangang–Khasan rail link") .layer-title');
      await expect.poll(() => rail.isChecked()).toBe(false);
      expect(await hashOf(page)).toMatch(/[#&]layers=/);
      expect(new Set(await visibilityOf(page, "rail-link"))).toEqual(new Set(["none"]));
      // The live summary follows, once the change has settled.
      const layersBefore = Number(summaryBefore.split(" ")[0]);
      await expect
        .poll(() => page.getByTestId("map-summary").textContent())
        .toMatch(new RegExp(`^${layersBefore - 1} layers, `));

      await tap(page, ".sheet-close");
      await expect.poll(() => page.locator("#sheet-content").isVisible()).toBe(false);
    });
  });

  test("a shared link with feature= opens on a phone with its view, layers, filters and the sourcing in a sheet above which the feature stays in sight", async ({
    browser,
  }) => {
    // The view puts the rail crossing low on the screen, where the sheet would cover it.
    const hash =
      "#map=6/45.2/130.6/0/0&layers=rail-link,events,places&confidence=moderate&feature=rail-crossing-traffic-2022";
    await withScreen(browser, phone, hash, async ({ page }) => {
      const details = page.getByTestId("feature-details");
      await details.waitFor();
      expect(await page.locator("#details-heading").textContent()).toMatch(
        /^Trains cross the Friendship Bridge/,
      );
      const sheet = await boxOf(page, '[data-testid="sourcing-sheet"]');
      expect(sheet.height).toBeLessThanOrEqual(phone.height * 0.5);
      // It rests on the closed panels' sheet: the title and the toolbar stay in sight.
      const peek = await boxOf(page, '[data-testid="panel-sheet"]');
      expect(sheet.y + sheet.height).toBeCloseTo(peek.y, 0);
      expect(sheet.y).toBeGreaterThan(phone.height * 0.4);
      // The map was eased so that the line is above the sheet; the zoom is the link's.
      await expect
        .poll(async () => {
          await waitForMapReady(page);
          const points = await screenPoints(page, "rail-link", "rail-crossing-traffic-2022");
          return points.every(
            (point) => point.y > 0 && point.y < sheet.y && point.x > 0 && point.x < phone.width,
          );
        })
        .toBe(true);
      expect(await page.evaluate(() => window.__map?.getZoom())).toBeCloseTo(6, 5);
      expect(new Set(await visibilityOf(page, "rail-link"))).toEqual(new Set(["visible"]));
      expect(new Set(await visibilityOf(page, "container-route"))).toEqual(new Set(["none"]));
      expect(await page.evaluate(() => window.__map?.getGlobalState().minimumConfidenceRank)).toBe(2);
      expect(await seriousViolations(page)).toEqual([]);

      await tap(page, '[data-testid="feature-details"] button[aria-label="Close the sourcing panel"]');
      await expect.poll(() => details.count()).toBe(0);
      expect(await hashOf(page)).not.toMatch(/feature=/);
    });
  });

  test("a tap a finger's width off a line opens it; where lines overlap, the picker is worked by touch", async ({
    browser,
  }) => {
    await withScreen(browser, phone, "", async ({ page }) => {
      // The long dotted line north from the Korean peninsula, away from every other feature at this view.
      const line = await screenPoints(page, "return-flow", "technology-transfer-alleged");
      const middle = line[Math.floor(line.length / 2)];
      if (!middle) throw new Error("the line has no vertices");
      await page.touchscreen.tap(middle.x + 16, middle.y);
      await page.getByTestId("feature-details").waitFor();
      expect(await page.locator("#details-heading").textContent()).toMatch(
        /^Alleged Russian help with satellite/,
      );

      // Four rail-link features share the bridge's line.
      // At this view it is above the open sourcing.
      await page.evaluate(() => window.__map?.jumpTo({ center: [130.63, 42.3], zoom: 9 }));
      await waitForMapReady(page);
      const [bridge] = await screenPoints(page, "rail-link", "rail-crossing-traffic-2022");
      if (!bridge) throw new Error("the bridge has no vertices");
      const sheetTop = (await boxOf(page, '[data-testid="sourcing-sheet"]')).y;
      expect(bridge.y).toBeLessThan(sheetTop);
      await page.touchscreen.tap(bridge.x, bridge.y);
      const picker = page.getByTestId("feature-picker");
      await picker.waitFor();
      const choices = picker.getByRole("button", { name: /Trains cross the Friendship Bridge/ });
      const choice = await choices.boundingBox();
      expect(choice?.height ?? 0).toBeGreaterThanOrEqual(44);
      await tap(
        page,
        '[data-testid="feature-picker"] li:has-text("Trains cross the Friendship Bridge") button',
      );
      await page.getByTestId("feature-details").waitFor();
      expect(await hashOf(page)).toMatch(/feature=rail-crossing-traffic-2022/);
    });
  });

  test("the tour on a phone: readable above the map, Next and Previous at thumb reach, stepped by tap", async ({
    browser,
  }) => {
    await withScreen(browser, phone, "", async ({ page }) => {
      await tap(page, '.toolbar button:has-text("Start tour")');
      const counter = page.getByTestId("tour-counter");
      await expect.poll(() => counter.textContent()).toMatch(/^Step 1 of \d+$/);
      const panel = await boxOf(page, '[data-testid="tour-panel"]');
      expect(panel.width).toBe(phone.width);
      expect(panel.height).toBeLessThanOrEqual(phone.height * 0.5);
      const next = await boxOf(page, '[data-testid="tour-panel"] button:has-text("Next")');
      expect(next.height).toBeGreaterThanOrEqual(44);
      // In the bottom fifth of the screen, where a thumb rests.
      expect(next.y).toBeGreaterThan(phone.height * 0.8);
      expect(await seriousViolations(page)).toEqual([]);

      await tap(page, '[data-testid="tour-panel"] button:has-text("Next")');
      await expect.poll(() => counter.textContent()).toMatch(/^Step 2 of /);
      expect(await hashOf(page)).toMatch(/[#&]tour=2(&|$)/);
      await tap(page, '[data-testid="tour-panel"] button:has-text("Previous")');
      await expect.poll(() => counter.textContent()).toMatch(/^Step 1 of /);
    });
  });

  test.for([
    ["tablet", tablet],
    ["laptop", laptop],
  ] as const)(
    "on a %s the filters and legend are reached without the page scrolling",
    async ([, viewport], { browser }) => {
      await withScreen(browser, viewport, "", async ({ page }) => {
        const canvas = await boxOf(page, '[data-testid="map"] canvas');
        // The map keeps most of the screen; the tablet's panels are the phone's sheet.
        expect(canvas.width * canvas.height).toBeGreaterThan(viewport.width * viewport.height * 0.7);
        if (viewport === tablet) {
          await tap(page, ".sheet-handle");
          expect(await seriousViolations(page)).toEqual([]);
        }
        for (const [button, heading] of [
          ["Filters", "#filters-heading"],
          ["Legend", "#legend-heading"],
        ] as const) {
          await page.locator(".section-jumps").getByRole("button", { name: button }).click();
          const box = await boxOf(page, heading);
          // In sight, below the section buttons that stay at the top of the sidebar.
          const buttons = await boxOf(page, ".section-jumps");
          expect(box.y, `${button} in sight`).toBeGreaterThanOrEqual(buttons.y + buttons.height);
          expect(box.y + box.height, `${button} in sight`).toBeLessThanOrEqual(viewport.height);
        }
        expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(
          true,
        );
      });
    },
  );
});

describe("the keyboard alone", () => {
  test("from page load, Tab and Enter reach a feature's sourcing, arrows move between features, Escape closes it", async ({
    browser,
  }) => {
    await withScreen(browser, laptop, "", async ({ page }) => {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        "Skip to the feature table",
      );
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("list-heading");
      // The table's sort order, its "only in view" option, then its first feature.
      for (let press = 0; press < 3; press += 1) await page.keyboard.press("Tab");
      const first = page.getByTestId("feature-list").locator("button.open-feature").first();
      const second = page.getByTestId("feature-list").locator("button.open-feature").nth(1);
      expect(await first.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press("ArrowDown");
      expect(await second.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press("ArrowUp");
      const title = (await first.locator(".feature-title").textContent()) ?? "";

      await page.keyboard.press("Enter");
      await page.getByTestId("feature-details").waitFor();
      expect(await page.locator("#details-heading").textContent()).toBe(title);
      // The keyboard is in the sourcing, on its heading.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("details-heading");
      expect(await hashOf(page)).toMatch(/[#&]feature=/);

      await page.keyboard.press("Escape");
      await expect.poll(() => page.getByTestId("feature-details").count()).toBe(0);
      expect(await hashOf(page)).not.toMatch(/feature=/);
      // And back where it was.
      expect(await first.evaluate((button) => button === document.activeElement)).toBe(true);

      // The table narrows to the features in the map's view, and follows the map.
      const rows = page.getByTestId("feature-list").locator("button.open-feature");
      const everyRow = await rows.count();
      await page.getByRole("checkbox", { name: "Only those in the map's view" }).check();
      await page.evaluate(() => window.__map?.jumpTo({ center: [130.63, 42.42], zoom: 10 }));
      await expect.poll(() => rows.count()).toBeLessThan(everyRow);
      expect(await rows.allTextContents()).toContain(
        "Trains cross the Friendship Bridge again (from November 2022)",
      );
      expect(await rows.allTextContents()).not.toContain(
        "Kim's train: the cosmodrome to Komsomolsk-on-Amur and Artyom (13–16 September 2023)",
      );
    });
  });
});
