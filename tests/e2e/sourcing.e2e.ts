import type { Browser } from "playwright-core";
import { type AppSession, waitForMapReady, withAppIn } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { manifestLayers } from "./support/manifest.ts";
import {
  pointOnRenderedFeature,
  pointWithSeveralFeatures,
  renderedFeatureIds,
} from "./support/map-queries.ts";

function withApp(browser: Browser, run: (session: AppSession) => Promise<void>, hash = "") {
  return withAppIn(browser, run, hash);
}

const routeLayers = manifestLayers().filter((layer) => layer.kind === "routes" && layer.visible);

describe("sourcing panel", () => {
  test("clicking a rendered route opens its sourcing: claim, confidence, and sources with safe links", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      let target: Awaited<ReturnType<typeof pointOnRenderedFeature>> = null;
      for (const layer of routeLayers) {
        target = await pointOnRenderedFeature(page, `${layer.id}--line`);
        if (target) break;
      }
      if (!target) throw new Error("no route could be clicked on its own in the default view");
      await page.mouse.click(target.x, target.y);
      const panel = page.getByTestId("feature-details");
      await panel.waitFor();
      expect(await page.evaluate(() => window.location.hash)).toContain(
        `feature=${encodeURIComponent(target.id)}`,
      );
      expect(await panel.getByTestId("confidence").textContent()).toMatch(/^(Low|Moderate|High)/);
      const sources = panel.locator(".citation");
      expect(await sources.count()).toBeGreaterThan(0);
      for (const link of await panel.locator("a").all()) {
        const href = (await link.getAttribute("href")) ?? "";
        expect(new URL(href).protocol).toMatch(/^https?:$/);
        expect(await link.getAttribute("target")).toBe("_blank");
        expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
      }
    });
  });

  test("selecting from the feature list opens the same panel and highlights the feature on the map", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      const first = page.getByTestId("feature-list").getByRole("button").first();
      const title = (await first.locator(".feature-title").textContent()) ?? "";
      await first.click();
      await page.getByTestId("feature-details").waitFor();
      expect(await page.locator("#details-heading").textContent()).toBe(title);
      await waitForMapReady(page);
      const id = await page.evaluate(() =>
        decodeURIComponent(/feature=([^&]*)/.exec(window.location.hash)?.[1] ?? ""),
      );
      const state = await page.evaluate((featureId) => {
        const map = window.__map;
        if (!map) return null;
        for (const source of Object.keys(map.getStyle().sources)) {
          if (source.startsWith("basemap-")) continue;
          const value = map.getFeatureState({ source, id: featureId });
          if (value.selected) return value;
        }
        return null;
      }, id);
      expect(state).toMatchObject({ selected: true });
    });
  });

  test("where features overlap, a click lists them and the analyst picks one", async ({ browser }) => {
    await withApp(browser, async ({ page }) => {
      const target = await pointWithSeveralFeatures(page);
      if (!target) throw new Error("no place in the default view has overlapping features");
      await page.mouse.click(target.x, target.y);
      const picker = page.getByTestId("feature-picker");
      await picker.waitFor();
      const choices = picker.getByRole("button", { name: /./ }).filter({ hasNot: page.getByText("×") });
      expect(await choices.count()).toBeGreaterThanOrEqual(2);
      const title = await choices.nth(1).locator(".feature-title").textContent();
      await choices.nth(1).click();
      expect(await page.locator("#details-heading").textContent()).toBe(title);
    });
  });

  test("a claim's conflicting figures and the parties' responses are shown side by side, each with its source", async ({
    browser,
  }) => {
    await withApp(
      browser,
      async ({ page }) => {
        const panel = page.getByTestId("feature-details");
        await panel.waitFor();
        const figures = panel.getByTestId("figures");
        const rows = await figures.locator("tbody tr").allTextContents();
        // Estimates of the same thing over time, none merged into another, each with its date and claimant.
        const shells = rows.filter((row) => /\d shells/.test(row));
        expect(shells).toEqual([
          expect.stringMatching(/more than 1,000,000 shells.*2023-11-01.*National Intelligence Service/),
          expect.stringMatching(/more than 2,500,000 shells.*2024-02-28.*CSIS/),
          expect.stringMatching(/about 9,000,000 shells.*2025-05-29.*Multilateral Sanctions Monitoring Team/),
          expect.stringMatching(/more than 12,000,000 shells.*2025-07.*as reported by an aggregator/),
        ]);
        // The capacity sits beside the containers it was given for, with who gave it.
        expect(rows.filter((row) => /6,700 containers|152 mm rounds/.test(row))).toEqual([
          expect.stringMatching(/about 6,700 containers.*Shin Won-sik/),
          expect.stringMatching(/more than 3,000,000 152 mm rounds.*Shin Won-sik/),
        ]);
        const responses = panel.getByTestId("responses").locator(":scope > ol > li");
        const kinds = await responses.locator(".response-kind").allTextContents();
        expect(kinds).toEqual(["Denied", "Declined to comment", "Denied"]);
        expect(await responses.nth(1).textContent()).toContain("Sergei Lavrov");
        expect(await responses.nth(1).locator(".citation").count()).toBeGreaterThan(0);
        // A publication without a known headline reads as a description, not as a headline.
        expect(await panel.locator(".title-description").allTextContents()).toContain(
          "[Shin Won-sik in a meeting with reporters]",
        );
        expect(await figures.isVisible()).toBe(true);
        expect(await panel.getByTestId("responses").isVisible()).toBe(true);
      },
      "#feature=munitions-totals",
    );
  });

  test("closing the panel clears the selection from the URL", async ({ browser }) => {
    await withApp(browser, async ({ page }) => {
      await page.getByTestId("feature-list").getByRole("button").first().click();
      await page.getByRole("button", { name: "Close the sourcing panel" }).click();
      expect(await page.getByTestId("feature-details").count()).toBe(0);
      expect(await page.evaluate(() => window.location.hash)).not.toContain("feature=");
    });
  });
});

describe("filters", () => {
  test("a minimum confidence of high hides every lower-confidence feature from the map", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      await page.evaluate(() => window.__map?.jumpTo({ center: [90, 45], zoom: 2 }));
      await waitForMapReady(page);
      const before = Object.values(await renderedFeatureIds(page)).flat().length;
      await page.getByLabel("Minimum confidence").selectOption("high");
      await waitForMapReady(page);
      const confidences = await page.evaluate(() =>
        (window.__map?.queryRenderedFeatures() ?? [])
          .filter(
            (feature) =>
              !feature.source.startsWith("basemap-") &&
              feature.state?.hidden !== true &&
              feature.properties.confidence,
          )
          .map((feature) => feature.properties.confidence as string),
      );
      const after = Object.values(await renderedFeatureIds(page)).flat().length;
      expect(after).toBeLessThan(before);
      expect(new Set(confidences)).toEqual(new Set(confidences.length ? ["high"] : []));
    });
  });

  test("the time range hides features outside it and the panel counts follow", async ({ browser }) => {
    await withApp(browser, async ({ page }) => {
      await page.evaluate(() => window.__map?.jumpTo({ center: [90, 45], zoom: 2 }));
      await waitForMapReady(page);
      const countsBefore = await page.locator('[data-testid^="count-"]').allTextContents();
      const to = page.getByRole("slider", { name: "To (as of)" });
      await to.focus();
      // Move "as of" to the start of the data: only what began by then remains.
      await to.press("Home");
      await waitForMapReady(page);
      const countsAfter = await page.locator('[data-testid^="count-"]').allTextContents();
      expect(countsAfter).not.toEqual(countsBefore);
      const starts = await page.evaluate(() =>
        (window.__map?.queryRenderedFeatures() ?? [])
          .filter((feature) => feature.state?.hidden !== true && feature.properties.start_ms !== undefined)
          .map((feature) => feature.properties.start_ms as number),
      );
      const limit = await page.evaluate(() => window.__map?.getGlobalState().rangeEndMs as number);
      expect(starts.every((start) => start <= limit)).toBe(true);
      expect(await page.evaluate(() => window.location.hash)).toMatch(/to=\d{4}-\d{2}-\d{2}/);
    });
  });
});
