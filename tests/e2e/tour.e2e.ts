import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { isoDateEndMs, isoDateStartMs } from "../../src/data/index.ts";
import { readPngText } from "../../src/export/png-metadata.ts";
import { readStoredZip } from "../support/stored-zip.ts";
import { type AppSession, withAppIn } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { manifestLayers } from "./support/manifest.ts";
import { visibilityOf } from "./support/map-queries.ts";
import { decodePng, distinctColours } from "./support/pixels.ts";
import { mapState, shippedTour, type TourStep, waitForStep } from "./support/tour.ts";

const tour = shippedTour();
const count = tour.steps.length;
const everyHighlight = [...new Set(tour.steps.flatMap((step) => step.highlight))];
const confidenceRank: Record<string, number> = { low: 1, moderate: 2, high: 3 };

function withApp(browser: Browser, run: (session: AppSession) => Promise<void>, hash = "") {
  return withAppIn(browser, run, hash);
}

function stepAt(number: number): TourStep {
  const step = tour.steps[number - 1];
  if (!step) throw new Error(`the tour has no step ${number}`);
  return step;
}

/** The map, the URL and the panel show step `number` and nothing of the other steps. */
async function expectStep(page: Page, number: number) {
  const step = stepAt(number);
  await waitForStep(page, number, step);
  const state = await mapState(page, everyHighlight);
  expect(state.zoom).toBeCloseTo(step.camera.zoom, 2);
  expect(state.center[0]).toBeCloseTo(step.camera.center[0], 3);
  expect(state.center[1]).toBeCloseTo(step.camera.center[1], 3);
  expect(state.bearing).toBeCloseTo(step.camera.bearing, 1);
  expect(state.pitch).toBeCloseTo(step.camera.pitch, 1);
  expect(state.highlighted, `highlights of step ${number}`).toEqual([...step.highlight].sort());
  expect(state.globalState).toMatchObject({
    rangeStartMs: step.range.from ? isoDateStartMs(step.range.from) : -8_640_000_000_000_000,
    rangeEndMs: step.range.to ? isoDateEndMs(step.range.to) : 8_640_000_000_000_000,
    minimumConfidenceRank: confidenceRank[step.minimum_confidence ?? ""] ?? 0,
  });
  for (const layer of manifestLayers()) {
    const expected = step.layers.includes(layer.id) ? "visible" : "none";
    expect(new Set(await visibilityOf(page, layer.id)), `${layer.id} at step ${number}`).toEqual(
      new Set([expected]),
    );
  }
  expect(await page.evaluate(() => window.location.hash)).toMatch(new RegExp(`[#&]tour=${number}(&|$)`));
  expect(await page.getByTestId("tour-counter").textContent()).toBe(`Step ${number} of ${count}`);
  expect(await page.locator("#tour-step-title").textContent()).toBe(step.title);
}

describe("briefing tour", () => {
  test("Start tour, then Next through every step: camera, layers, filters, highlights and URL follow", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page, errors }) => {
      await page.getByRole("button", { name: "Start tour" }).click();
      const panel = page.getByTestId("tour-panel");
      for (let number = 1; number <= count; number++) {
        await expectStep(page, number);
        if (number < count) await panel.getByRole("button", { name: "Next", exact: true }).click();
      }
      expect(await panel.getByRole("button", { name: "Next", exact: true }).isDisabled()).toBe(true);
      expect(errors).toEqual([]);
    });
  }, 400_000);

  test("the arrow keys walk the tour without animation, but not while a slider has the focus", async ({
    browser,
  }) => {
    await withApp(browser, async ({ page }) => {
      await page.getByRole("button", { name: "Start tour" }).click();
      await expectStep(page, 1);
      await page.getByLabel("Jump without animation").check();
      for (let number = 2; number <= count; number++) {
        await page.keyboard.press("ArrowRight");
        await expectStep(page, number);
      }
      await page.keyboard.press("ArrowLeft");
      await expectStep(page, count - 1);

      await page.getByLabel("From", { exact: true }).focus();
      await page.keyboard.press("ArrowRight");
      expect(await page.getByTestId("tour-counter").textContent()).toBe(`Step ${count - 1} of ${count}`);
    });
  }, 400_000);

  test("a link to step 3 opens the tour there, with the step's view and layers, and again after a reload", async ({
    browser,
  }) => {
    // A camera and layers in the link that are not the step's: the step wins.
    await withApp(
      browser,
      async ({ page }) => {
        await expectStep(page, 3);
        await page.reload();
        await expectStep(page, 3);
      },
      "#map=3/50/60/0/0&tour=3&layers=labour-flow",
    );
  }, 180_000);

  test("Back returns to the previous step", async ({ browser }) => {
    await withApp(
      browser,
      async ({ page }) => {
        await page.getByLabel("Jump without animation").check();
        await page.getByTestId("tour-panel").getByRole("button", { name: "Next", exact: true }).click();
        await expectStep(page, 5);
        await page.goBack();
        await expectStep(page, 4);
      },
      "#tour=4",
    );
  }, 180_000);

  test("Leave tour removes the panel, the highlights and tour= from the URL", async ({ browser }) => {
    await withApp(
      browser,
      async ({ page }) => {
        await expectStep(page, 2);
        await page.getByRole("button", { name: "Leave tour" }).click();
        await page.getByTestId("tour-panel").waitFor({ state: "detached" });
        expect(await page.evaluate(() => window.location.hash)).not.toMatch(/tour=/);
        expect((await mapState(page, everyHighlight)).highlighted).toEqual([]);
      },
      "#tour=2",
    );
  }, 180_000);

  test("Export this step gives a 1920 × 1080 PNG of the step, titled and numbered", async ({ browser }) => {
    await withApp(
      browser,
      async ({ page }) => {
        const number = 5;
        await expectStep(page, number);
        const download = page.waitForEvent("download", { timeout: 120_000 });
        await page.getByRole("button", { name: "Export this step" }).click();
        const file = await download;
        expect(file.suggestedFilename()).toBe(`05-${stepAt(number).id}.png`);
        const buffer = readFileSync(await file.path());
        const png = decodePng(buffer);
        expect([png.width, png.height]).toEqual([1920, 1080]);
        // The map area (left, below the title) has basemap, routes and labels: many colours.
        expect(distinctColours(png, { x: 60, y: 160, width: 768, height: 540 })).toBeGreaterThan(30);
        const text = readPngText(new Uint8Array(buffer));
        expect(text.Title).toBe(stepAt(number).title);
        expect(text.Description).toBe(`Step ${number} of ${count} · ${tour.title}`);
        expect(text.Link).toMatch(/[#&]tour=5(&|$)/);
        await page
          .getByText(
            new RegExp(`^Saved 05-${stepAt(number).id}\\.png( and \\d+ pictures? of its sources)?\\.$`),
          )
          .waitFor();
      },
      "#tour=5",
    );
  }, 180_000);

  test("Export all steps draws every step offscreen: one PNG a step at the step's view; the screen never moves", async ({
    browser,
  }) => {
    await withApp(
      browser,
      async ({ page }) => {
        await expectStep(page, 2);
        const before = await mapState(page, everyHighlight);
        const hashBefore = await page.evaluate(() => window.location.hash);
        // Watch the live map for the whole export: any camera move or tour-step change is a failure.
        await page.evaluate(() => {
          const moved: string[] = [];
          (window as unknown as { __moved: string[] }).__moved = moved;
          window.__map?.on("movestart", () => moved.push("move"));
          window.addEventListener("hashchange", () => moved.push(window.location.hash));
        });
        const download = page.waitForEvent("download", { timeout: 600_000 });
        await page.getByRole("button", { name: "Export all steps", exact: true }).click();
        const stored = readStoredZip(new Uint8Array(readFileSync(await (await download).path())));
        // Each step's picture, followed by its "Sources, continued" pictures when its sources did not fit.
        const isContinuation = (name: string) => /-sources-\d+\.png$/.test(name);
        const archive = stored.filter((entry) => !isContinuation(entry.name));
        expect(archive.map((entry) => entry.name)).toEqual(
          tour.steps.map((step, index) => `${String(index + 1).padStart(2, "0")}-${step.id}.png`),
        );
        for (const entry of stored.filter((item) => isContinuation(item.name))) {
          const base = entry.name.replace(/-sources-\d+\.png$/, ".png");
          expect(stored.findIndex((item) => item.name === base)).toBeLessThan(stored.indexOf(entry));
          expect(decodePng(Buffer.from(entry.data)).width).toBe(1920);
        }
        for (const [index, entry] of archive.entries()) {
          const step = stepAt(index + 1);
          const text = readPngText(entry.data);
          expect(text.Title).toBe(step.title);
          expect(text.Link).toMatch(new RegExp(`#tour=${index + 1}$`));
          const view =
            /^centre (-?[\d.]+), (-?[\d.]+); zoom (-?[\d.]+); bearing (-?[\d.]+); pitch (-?[\d.]+)$/.exec(
              text.View ?? "",
            );
          expect(view, `View of step ${index + 1}: ${text.View}`).not.toBeNull();
          const [latitude, longitude, zoom, bearing, pitch] = (view ?? []).slice(1).map(Number);
          expect(latitude).toBeCloseTo(step.camera.center[1], 3);
          expect(longitude).toBeCloseTo(step.camera.center[0], 3);
          expect(zoom).toBeCloseTo(step.camera.zoom, 2);
          expect(bearing).toBeCloseTo(step.camera.bearing, 1);
          expect(pitch).toBeCloseTo(step.camera.pitch, 1);
        }
        expect(await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved)).toEqual([]);
        expect(await page.evaluate(() => window.location.hash)).toBe(hashBefore);
        const after = await mapState(page, everyHighlight);
        expect(after.center).toEqual(before.center);
        expect(after.zoom).toBe(before.zoom);
      },
      "#tour=2",
    );
  }, 900_000);
});
