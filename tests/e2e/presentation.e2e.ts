import type { Page } from "playwright-core";
import { openApp, openSession, waitForMapReady } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { decodePng, distinctColours } from "./support/pixels.ts";

const panels = [".sidebar", ".details-column", ".tour-panel", ".data-problems"];

async function canvasBox(page: Page) {
  return page.locator('[data-testid="map"] canvas').boundingBox();
}

/** Waits until MapLibre's canvas has followed its container to `width` × `height` and the map is drawn again. */
async function waitForCanvas(page: Page, width: number, height: number) {
  await page.waitForFunction(
    ([w, h]) => {
      const canvas = document.querySelector('[data-testid="map"] canvas');
      const box = canvas?.getBoundingClientRect();
      return box !== undefined && Math.round(box.width) === w && Math.round(box.height) === h;
    },
    [width, height],
  );
  await waitForMapReady(page);
}

async function visiblePanels(page: Page): Promise<string[]> {
  const visible: string[] = [];
  for (const selector of panels) {
    if (await page.locator(selector).first().isVisible()) visible.push(selector);
  }
  return visible;
}

async function expectRestored(page: Page, width: number) {
  await expect.poll(() => page.locator(".sidebar").isVisible()).toBe(true);
  // The sidebar takes the left of the screen again, so the map no longer starts at the edge; on a phone the
  // panels are a sheet over the map, which keeps the whole screen.
  if (width >= 800) await expect.poll(async () => (await canvasBox(page))?.x ?? 0).toBeGreaterThan(0);
  else expect(await page.locator(".sheet-handle").isVisible()).toBe(true);
  expect(await page.locator(".maplibregl-ctrl-zoom-in").isVisible()).toBe(true);
  expect(await page.getByRole("button", { name: /Leave presentation mode/ }).count()).toBe(0);
}

describe("presentation mode", () => {
  test.for<[number, number]>([
    [1280, 720],
    [1400, 900],
    [1920, 1080],
    [390, 844],
  ])(
    "at %i × %i the map fills the screen, nothing else shows, and Esc or the button leave it",
    async ([width, height], { browser }) => {
      const viewport = { width, height };
      // A selected feature's sourcing panel is open: presentation mode hides it too.
      const session = await openSession(browser, { viewport });
      const page = session.page;
      try {
        await openApp(session, "#feature=rail-crossing-traffic-2022");
        const before = page.url();
        await page.getByRole("button", { name: "Presentation mode" }).click();
        await waitForCanvas(page, width, height);

        const box = await canvasBox(page);
        expect(box).toEqual({ x: 0, y: 0, width, height });
        expect(await visiblePanels(page)).toEqual([]);
        // Navigation controls go; the scale bar and the attribution stay by default.
        expect(await page.locator(".maplibregl-ctrl-zoom-in").isVisible()).toBe(false);
        expect(await page.locator(".maplibregl-ctrl-scale").isVisible()).toBe(true);
        expect(await page.locator(".maplibregl-ctrl-attrib").isVisible()).toBe(true);
        // The way out is on screen, whole.
        const leave = page.getByRole("button", { name: /Leave presentation mode/ });
        const leaveBox = await leave.boundingBox();
        expect(leaveBox).not.toBeNull();
        if (leaveBox) {
          expect(leaveBox.x).toBeGreaterThanOrEqual(0);
          expect(leaveBox.y).toBeGreaterThanOrEqual(0);
          expect(leaveBox.x + leaveBox.width).toBeLessThanOrEqual(width);
          expect(leaveBox.y + leaveBox.height).toBeLessThanOrEqual(height);
        }
        // The view is the one the briefer was looking at: entering does not move the camera.
        expect(page.url()).toBe(before);

        const picture = decodePng(await page.screenshot());
        expect(picture.width).toBe(width);
        // Land, sea, borders, routes and labels: a blank or single-colour page has a handful of colours.
        expect(distinctColours(picture)).toBeGreaterThan(40);

        await page.keyboard.press("Escape");
        await expectRestored(page, width);

        await page.getByRole("button", { name: "Presentation mode" }).click();
        await waitForCanvas(page, width, height);
        await leave.click();
        await expectRestored(page, width);
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );

  test("the briefer can take the scale bar and the attribution off the picture too", async ({ browser }) => {
    const session = await openSession(browser, { viewport: { width: 1280, height: 720 } });
    const page = session.page;
    try {
      await openApp(session);
      await page.getByRole("button", { name: "Presentation mode" }).click();
      await waitForCanvas(page, 1280, 720);
      await page.getByRole("checkbox", { name: "Scale bar" }).uncheck();
      await page.getByRole("checkbox", { name: "Attribution" }).uncheck();
      expect(await page.locator(".maplibregl-ctrl-scale").isVisible()).toBe(false);
      expect(await page.locator(".maplibregl-ctrl-attrib").isVisible()).toBe(false);
      await page.keyboard.press("Escape");
      // Out of presentation mode every control is back.
      await expect.poll(() => page.locator(".maplibregl-ctrl-scale").isVisible()).toBe(true);
      expect(await page.locator(".maplibregl-ctrl-attrib").isVisible()).toBe(true);
    } finally {
      await session.close();
    }
  });
});
