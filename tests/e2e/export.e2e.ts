import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { readPngText } from "../../src/export/png-metadata.ts";
import { type AppSession, openApp, openSession, withAppIn } from "./support/app-driver.ts";
import { exportPng } from "./support/export-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { decodePng, distinctColours, pixelDifference } from "./support/pixels.ts";

const viewport = { width: 1400, height: 900 };

/** Each test opens the app in its own page, at the size the pictures below are framed for. */
function withExport(browser: Browser, run: (session: AppSession) => Promise<void>) {
  return withAppIn(browser, run, "", { viewport });
}

describe("briefing export", () => {
  // The smallest and the largest preset; every preset's size is a unit test (export-sizes).
  test.for<[string, number, number]>([
    ["slide-16-9", 1920, 1080],
    ["a4-landscape", 3508, 2480],
  ])(
    "the %s preset gives a %i × %i PNG with a drawn map, legend and source list",
    ([preset, width, height], { browser }) =>
      withExport(browser, async (session) => {
        const png = decodePng(await exportPng(session.page, { preset }));
        expect([png.width, png.height]).toEqual([width, height]);
        const unit = Math.min(width / 1920, height / 1080);
        // The map area (left, below the title) has basemap, routes and labels: many colours.
        const map = {
          x: Math.round(60 * unit),
          y: Math.round(160 * unit),
          width: Math.round(width * 0.4),
          height: Math.round(height * 0.5),
        };
        expect(distinctColours(png, map)).toBeGreaterThan(30);
        // The side column (legend, then sources) is not blank paper.
        const side = {
          x: Math.round(width * 0.78),
          y: Math.round(130 * unit),
          width: Math.round(width * 0.2),
          height: Math.round(height * 0.6),
        };
        expect(distinctColours(png, side)).toBeGreaterThan(8);
      }),
  );

  test("the PNG's metadata names the visible layers and their sources", ({ browser }) =>
    withExport(browser, async (session) => {
      const buffer = await exportPng(session.page, { preset: "slide-16-9" });
      const text = readPngText(new Uint8Array(buffer));
      const titles = await session.page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>(".layer-row input:checked")].map((box) =>
          box.getAttribute("aria-label"),
        ),
      );
      for (const title of titles) expect(text.Layers).toContain(title);
      expect(text.Sources?.split("\n").length).toBeGreaterThan(2);
      expect(text.Link).toContain("map=");
      expect(text.Title).toBe("Alleged North Korea → Russia supply routes");
    }));

  test("switched-off layers are neither drawn nor cited in the picture", ({ browser }) =>
    withExport(browser, async (session) => {
      const page = session.page;
      await page.getByRole("button", { name: "Hide all" }).click();
      try {
        const text = readPngText(new Uint8Array(await exportPng(page, { preset: "slide-16-9" })));
        expect((text.Sources ?? "").trim()).toBe("");
        expect(text.Layers ?? "").not.toContain("Tumangang");
      } finally {
        await page.getByRole("button", { name: "Show all" }).click();
      }
    }));

  test("after a download, Copy to clipboard puts the picture on the clipboard as a PNG", ({ browser }) =>
    withExport(browser, async (session) => {
      const page = session.page;
      await session.context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.getByRole("button", { name: "Export…" }).click();
      const dialog = page.getByRole("dialog");
      try {
        await dialog.getByLabel("Size", { exact: true }).selectOption("slide-16-9");
        const download = page.waitForEvent("download", { timeout: 120_000 });
        await dialog.getByRole("button", { name: "Download PNG" }).click();
        const downloaded = readFileSync(await (await download).path());
        await dialog.getByRole("button", { name: "Copy to clipboard" }).click();
        await expect.poll(() => dialog.getByRole("status").textContent()).toBe("Copied to the clipboard.");
        const copied = await page.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          if (!item) return null;
          const blob = await item.getType("image/png");
          return {
            types: item.types,
            bytes: Array.from(new Uint8Array(await blob.arrayBuffer()).slice(0, 8)),
            size: blob.size,
          };
        });
        expect(copied?.types).toContain("image/png");
        expect(copied?.bytes).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
        // The browser re-encodes an image on the clipboard: the same picture, not necessarily the same bytes.
        const picture = decodePng(downloaded);
        expect(picture.width).toBe(1920);
        expect(copied?.size).toBeGreaterThan(10_000);
      } finally {
        await dialog.getByRole("button", { name: "Close" }).click();
      }
    }));

  test("the picture's View is the view asked for, though the map is panned while the picture is drawn", ({
    browser,
  }) =>
    withExport(browser, async (session) => {
      const page = session.page;
      const asked = await page.evaluate(() => {
        const map = window.__map;
        return map && { center: map.getCenter().toArray(), zoom: map.getZoom() };
      });
      await page.getByRole("button", { name: "Export…" }).click();
      const dialog = page.getByRole("dialog");
      try {
        await dialog.getByLabel("Size", { exact: true }).selectOption("slide-16-9");
        const download = page.waitForEvent("download", { timeout: 120_000 });
        await dialog.getByRole("button", { name: "Download PNG" }).click();
        await page.evaluate(() => window.__map?.panBy([300, 200], { duration: 0 }));
        const text = readPngText(new Uint8Array(readFileSync(await (await download).path())));
        const view = /^centre (-?[\d.]+), (-?[\d.]+); zoom (-?[\d.]+);/.exec(text.View ?? "");
        expect(Number(view?.[1])).toBeCloseTo(asked?.center[1] ?? Number.NaN, 3);
        expect(Number(view?.[2])).toBeCloseTo(asked?.center[0] ?? Number.NaN, 3);
        expect(Number(view?.[3])).toBeCloseTo(asked?.zoom ?? Number.NaN, 2);
      } finally {
        await dialog.getByRole("button", { name: "Close" }).click();
        await page.evaluate((view) => view && window.__map?.jumpTo(view), asked);
        await page.waitForSelector('[data-map-ready="true"]');
      }
    }));

  test("the date stamp is the briefer's local date: 08:30 in Seoul is the next day in UTC terms", async ({
    browser,
  }) => {
    const seoul = await openSession(browser, {
      viewport: { width: 1400, height: 900 },
      timezoneId: "Asia/Seoul",
    });
    try {
      await seoul.page.clock.setFixedTime(new Date("2026-03-01T23:30:00Z"));
      await openApp(seoul);
      const text = readPngText(new Uint8Array(await exportPng(seoul.page, { preset: "slide-16-9" })));
      expect(text["Creation Time"]).toBe("2026-03-02");
    } finally {
      await seoul.close();
    }
  });

  test("the same state gives the same picture", ({ browser }) =>
    withExport(browser, async (session) => {
      const first = decodePng(await exportPng(session.page, { preset: "slide-16-9" }));
      const second = decodePng(await exportPng(session.page, { preset: "slide-16-9" }));
      // About one export in seven here has a few pixels at the ends of dashes one level apart (MapLibre does not
      // always round them alike between two maps). Anything more is a different picture.
      const difference = pixelDifference(first, second);
      expect(difference.largest).toBeLessThanOrEqual(2);
      expect(difference.pixels).toBeLessThanOrEqual(50);
    }));

  test("a size beyond the browser's limit is clamped with a message, not blank or cut", ({ browser }) =>
    withExport(browser, async (session) => {
      const page = session.page;
      await page.getByRole("button", { name: "Export…" }).click();
      const dialog = page.getByRole("dialog");
      // A wide custom banner keeps the clamped picture small enough for software rendering.
      await dialog.getByLabel("Size", { exact: true }).selectOption("custom");
      await dialog.getByLabel("Width").fill("6000");
      await dialog.getByLabel("Height").fill("800");
      await dialog.getByLabel("Scale", { exact: true }).selectOption("2");
      const download = page.waitForEvent("download", { timeout: 180_000 });
      await dialog.getByRole("button", { name: "Download PNG" }).click();
      const png = decodePng(readFileSync(await (await download).path()));
      expect(await dialog.getByRole("status").textContent()).toMatch(/more than this browser can draw/);
      expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(8192);
      expect(png.width).toBeGreaterThan(6000);
      expect(png.width / png.height).toBeCloseTo(6000 / 800, 1);
      const map = { x: 200, y: 200, width: 2000, height: 500 };
      expect(distinctColours(png, map)).toBeGreaterThan(20);
      await dialog.getByRole("button", { name: "Close" }).click();
    }));

  test("a map loaded while the dialog is open is not drawn once the view has moved; Close lets it go", ({
    browser,
  }) =>
    withExport(browser, async (session) => {
      const page = session.page;
      const offscreenMaps = () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLElement>('body > div[aria-hidden="true"]')].filter(
              (element) => element.style.left === "-100000px",
            ).length,
        );
      await page.getByRole("button", { name: "Export…" }).click();
      const dialog = page.getByRole("dialog");
      await expect.poll(offscreenMaps, { timeout: 10_000 }).toBe(1);
      const view = await page.evaluate(() => {
        const map = window.__map;
        if (!map) throw new Error("no map");
        const before = { center: map.getCenter().toArray(), zoom: map.getZoom() };
        // The open South Atlantic: none of the data is there.
        map.jumpTo({ center: [-30, -55], zoom: 6 });
        return before;
      });
      try {
        const download = page.waitForEvent("download", { timeout: 120_000 });
        await dialog.getByRole("button", { name: "Download PNG" }).click();
        const text = readPngText(new Uint8Array(readFileSync(await (await download).path())));
        expect((text.Sources ?? "").trim()).toBe("");
      } finally {
        await dialog.getByRole("button", { name: "Close" }).click();
        await page.evaluate((before) => window.__map?.jumpTo(before), view);
      }
      expect(await offscreenMaps()).toBe(0);
      await page.waitForSelector('[data-map-ready="true"]');
    }));
});
