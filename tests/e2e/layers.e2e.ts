import type { Browser } from "playwright-core";
import { type AppSession, appUrl, openApp, openSession, waitForMapReady } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { manifestLayers } from "./support/manifest.ts";
import { renderedFeatureIds, visibilityOf } from "./support/map-queries.ts";

/** The app in a page of its own; the test closes it. */
async function fresh(browser: Browser, hash = ""): Promise<AppSession> {
  const session = await openSession(browser);
  await openApp(session, hash);
  return session;
}

const layers = manifestLayers();

describe("layer panel", () => {
  test("every manifest layer has a checkbox named by its title, checked as the manifest says", async ({
    browser,
  }) => {
    const session = await fresh(browser);
    const page = session.page;
    try {
      for (const layer of layers) {
        const box = page.getByRole("checkbox", { name: layer.title, exact: true });
        expect([layer.id, await box.isChecked()]).toEqual([layer.id, layer.visible]);
      }
    } finally {
      await session.close();
    }
  });

  test("toggling each layer changes its visibility on the map and the URL hash, without reloading the map", async ({
    browser,
  }) => {
    const session = await fresh(browser);
    const page = session.page;
    try {
      await page.evaluate(() => {
        (window as unknown as { __sameMap: unknown }).__sameMap = window.__map;
      });
      for (const layer of layers) {
        const box = page.getByRole("checkbox", { name: layer.title, exact: true });
        const before = await box.isChecked();
        await box.click();
        const expected = before ? "none" : "visible";
        const visibility = await visibilityOf(page, layer.id);
        expect([layer.id, [...new Set(visibility)]]).toEqual([layer.id, [expected]]);
        const hash = await page.evaluate(() => window.location.hash);
        expect(hash).toMatch(/layers=/);
        const listed = decodeURIComponent(/layers=([^&]*)/.exec(hash)?.[1] ?? "").split(",");
        expect([layer.id, listed.includes(layer.id)]).toEqual([layer.id, !before]);
        await box.click();
      }
      expect(
        await page.evaluate(() => (window as unknown as { __sameMap: unknown }).__sameMap === window.__map),
      ).toBe(true);
    } finally {
      await session.close();
    }
  });

  test("labels of hidden features leave the map, so they cannot crowd out the labels that remain", async ({
    browser,
  }) => {
    const session = await fresh(browser);
    const page = session.page;
    try {
      const dateLabels = (layerId: string) =>
        page.evaluate(
          (id) =>
            (window.__map?.queryRenderedFeatures({ layers: [`${id}--date`] }) ?? []).map((feature) => ({
              id: String(feature.properties.id),
              confidence: String(feature.properties.confidence),
            })),
          layerId,
        );
      await waitForMapReady(page);
      const before = await dateLabels("events");
      expect(before.length, "dated events are labelled at this view").toBeGreaterThan(1);
      expect(new Set(before.map((label) => label.confidence)).size).toBeGreaterThan(1);

      await page.getByLabel("Minimum confidence").selectOption("high");
      await waitForMapReady(page);
      const high = await dateLabels("events");
      expect(high.length).toBeLessThan(before.length);
      expect(new Set(high.map((label) => label.confidence))).toEqual(new Set(high.length ? ["high"] : []));

      await page.getByRole("checkbox", { name: "Visits, summits and sanctions", exact: true }).click();
      await waitForMapReady(page);
      expect(await dateLabels("events")).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("hide all and show all", async ({ browser }) => {
    const session = await fresh(browser);
    const page = session.page;
    try {
      await page.getByRole("button", { name: "Hide all" }).click();
      await waitForMapReady(page);
      expect(Object.keys(await renderedFeatureIds(page))).toEqual([]);
      await page.getByRole("button", { name: "Show all" }).click();
      for (const layer of layers) {
        expect(await page.getByRole("checkbox", { name: layer.title, exact: true }).isChecked()).toBe(true);
      }
    } finally {
      await session.close();
    }
  });
});

describe("shareable state", () => {
  test("a reload with the hash restores layers, view, filters and selection", async ({ browser }) => {
    const session = await fresh(browser);
    const page = session.page;
    try {
      const target = layers.find((layer) => layer.visible && layer.kind === "routes");
      if (!target) throw new Error("the manifest has no visible route layer");
      await page.getByRole("checkbox", { name: target.title, exact: true }).click();
      await page.getByLabel("Minimum confidence").selectOption("moderate");
      await page.getByTestId("feature-list").getByRole("button").first().click();
      await page.getByTestId("feature-details").waitFor();
      const selectedTitle = await page.locator("#details-heading").textContent();
      await waitForMapReady(page);
      // After the list's fly-to has ended: the shared view is the one the analyst chose last.
      await page.evaluate(() =>
        window.__map?.jumpTo({ center: [131.2, 42.9], zoom: 6.5, bearing: 10, pitch: 20 }),
      );
      await page.waitForFunction(() => window.location.hash.includes("map=6.5/"));
      const shared = await page.evaluate(() => window.location.hash);

      const other = await openSession(browser);
      try {
        await openApp(other, shared);
        const restored = other.page;
        expect(await restored.getByRole("checkbox", { name: target.title, exact: true }).isChecked()).toBe(
          false,
        );
        expect(await restored.getByLabel("Minimum confidence").inputValue()).toBe("moderate");
        expect(await restored.locator("#details-heading").textContent()).toBe(selectedTitle);
        const view = await restored.evaluate(() => {
          const map = window.__map;
          return map && { zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
        });
        expect(view).toEqual({ zoom: 6.5, bearing: 10, pitch: 20 });
        expect(await visibilityOf(restored, target.id)).not.toContain("visible");
      } finally {
        await other.close();
      }
    } finally {
      await session.close();
    }
  });

  test("the back button steps back through deliberate changes", async ({ browser }) => {
    const session = await fresh(browser);
    const page = session.page;
    try {
      const [first, second] = layers;
      if (!first || !second) throw new Error("the manifest needs two layers");
      await page.getByRole("checkbox", { name: first.title, exact: true }).click();
      await page.getByRole("checkbox", { name: second.title, exact: true }).click();
      await page.goBack();
      expect(await page.getByRole("checkbox", { name: second.title, exact: true }).isChecked()).toBe(
        second.visible,
      );
      expect(await page.getByRole("checkbox", { name: first.title, exact: true }).isChecked()).toBe(
        !first.visible,
      );
      await page.goBack();
      expect(await page.getByRole("checkbox", { name: first.title, exact: true }).isChecked()).toBe(
        first.visible,
      );
      expect(new URL(page.url()).origin).toBe(new URL(appUrl()).origin);
    } finally {
      await session.close();
    }
  });

  test("arrow keys on the date slider make one history step, and Back returns to where the slider started", async ({
    browser,
  }) => {
    const session = await fresh(browser);
    const page = session.page;
    try {
      const before = await page.evaluate(() => ({
        length: window.history.length,
        hash: window.location.hash,
      }));
      const from = page.getByRole("slider", { name: "From" });
      await from.focus();
      for (let press = 0; press < 12; press++) await from.press("ArrowRight");
      await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/from=\d{4}-\d{2}-01/);
      expect(await page.evaluate(() => window.history.length)).toBe(before.length + 1);
      await page.goBack();
      await expect.poll(() => page.evaluate(() => window.location.hash)).not.toMatch(/from=/);
      expect(await from.inputValue()).toBe("0");
    } finally {
      await session.close();
    }
  });
});
