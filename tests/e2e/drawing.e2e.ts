import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll } from "vitest";
import { placePointsFrom } from "../../src/routing/index.ts";
import { openSession, waitForMapReady } from "./support/app-driver.ts";
import { seriousViolations } from "./support/axe.ts";
import { drawLine, placePixel } from "./support/draw-on-map.ts";
import type { DrawingHarness, RouteFormHarness } from "./support/drawing-harness.tsx";
import { describe, expect, test } from "./support/fixtures.ts";

/*
 * The editor's drawing on the real map in Chromium. The editor is a lazy chunk that the production build loads
 * only when it is opened, so these tests load the drawing modules into the app's page from Vite's development
 * server (through tests/e2e/support/drawing-harness.tsx), the way the editor will import them.
 */

declare global {
  interface Window {
    __drawing?: DrawingHarness;
    __routeForm?: RouteFormHarness;
  }
}

const places = placePointsFrom(
  JSON.parse(readFileSync(fileURLToPath(new URL("../../geojson/places.geojson", import.meta.url)), "utf8")),
);
const coordinatesOf = (id: string) => {
  const place = places.find((candidate) => candidate.id === id);
  if (!place) throw new Error(`no place "${id}"`);
  return place.coordinates;
};
const harnessPath = `/@fs${fileURLToPath(new URL("./support/drawing-harness.tsx", import.meta.url))}`;

let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({
    configFile: "vite.config.ts",
    logLevel: "warn",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
    // Dependencies found only when the harness is imported would make Vite optimise them and reload the page.
    optimizeDeps: {
      include: ["terra-draw", "terra-draw-maplibre-gl-adapter", "@turf/turf", "react-dom/client"],
    },
  });
  await server.listen();
});

afterAll(async () => {
  await server?.close();
});

/** The app in the development server, over the Tumen mouth and Peter the Great Gulf, with the harness loaded. */
async function openHarness(page: Page): Promise<void> {
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("the dev server has no port");
  await page.goto(`http://127.0.0.1:${address.port}/#map=7/42.6/131.6`);
  await waitForMapReady(page, 120_000);
  await page.addScriptTag({ type: "module", url: harnessPath });
  await page.waitForFunction(() => window.__drawingHarness !== undefined);
}

async function startDrawingOnPage(page: Page, tool: "point" | "line" | "area" | "reshape"): Promise<void> {
  await page.evaluate(
    ({ placeList, tool }) => {
      const harness = window.__drawingHarness;
      if (!harness) throw new Error("the drawing harness has not loaded");
      window.__drawing = harness.startHarness(placeList);
      window.__drawing.session.setTool(tool);
    },
    { placeList: places, tool },
  );
}

/** The vertices of a reported line; anything else fails the test. */
function lineVertices(geometry: unknown): number[][] {
  const line = geometry as { type?: string; coordinates?: number[][] } | null;
  if (line?.type !== "LineString" || !line.coordinates)
    throw new Error(`not a line: ${JSON.stringify(geometry)}`);
  return line.coordinates;
}

const changes = (page: Page) => page.evaluate(() => window.__drawing?.changes ?? []);

/** The features terra-draw has on its line layer's source. */
const drawnLineCount = (page: Page) =>
  page.evaluate(async () => {
    const source = window.__map?.getSource("editor-drawing-linestring") as
      | { getData(): Promise<{ features: unknown[] }> }
      | undefined;
    return source ? (await source.getData()).features.length : -1;
  });

describe("drawing on the map", () => {
  test("a line clicked a few pixels off named places lands exactly on them, reported once when Enter finishes it", async ({
    browser,
  }) => {
    const session = await openSession(browser);
    try {
      const { page } = session;
      await openHarness(page);
      await startDrawingOnPage(page, "line");
      const openSea: [number, number] = [131.0, 42.0];
      await drawLine(page, [coordinatesOf("rajin-port"), openSea, coordinatesOf("vladivostok")], 5);
      await expect.poll(() => changes(page)).toHaveLength(1);
      const [line] = await changes(page);
      const coordinates = lineVertices(line);
      expect(coordinates).toHaveLength(3);
      expect(coordinates[0]).toEqual(coordinatesOf("rajin-port"));
      expect(coordinates[2]).toEqual(coordinatesOf("vladivostok"));
      // Away from any place the vertex stays where it was clicked (five pixels off), to five decimals.
      expect(coordinates[1]).not.toEqual(openSea);
      expect(Math.abs((coordinates[1]?.[0] ?? 0) - openSea[0])).toBeLessThan(0.1);
      for (const value of coordinates[1] ?? []) expect(Math.round(value * 1e5) / 1e5).toBe(value);
      // The click drew a vertex: it did not open the sourcing of the feature under it.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("CANVAS");
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  }, 180_000);

  test("with a snap radius of zero pixels nothing snaps; Escape cancels a line being drawn", async ({
    browser,
  }) => {
    const session = await openSession(browser);
    try {
      const { page } = session;
      await openHarness(page);
      await page.evaluate(
        ({ placeList }) => {
          const harness = window.__drawingHarness;
          if (!harness) throw new Error("the drawing harness has not loaded");
          window.__drawing = harness.startHarness(placeList, 0);
          window.__drawing.session.setTool("line");
        },
        { placeList: places },
      );
      await drawLine(page, [coordinatesOf("rajin-port"), coordinatesOf("vladivostok")], 5);
      await expect.poll(() => changes(page)).toHaveLength(1);
      const [line] = await changes(page);
      expect(lineVertices(line)[0]).not.toEqual(coordinatesOf("rajin-port"));

      for (const lngLat of [coordinatesOf("chongjin"), coordinatesOf("vostochny-port")]) {
        const { x, y } = await placePixel(page, lngLat);
        await page.mouse.click(x, y);
      }
      await page.keyboard.press("Escape");
      await page.keyboard.press("Enter");
      expect(await changes(page)).toHaveLength(1);
      // The finished line is still there, the cancelled one is gone.
      await expect.poll(() => drawnLineCount(page)).toBe(1);
    } finally {
      await session.close();
    }
  }, 180_000);

  test("a new line replaces the one there was; a point and an area's corners snap onto places", async ({
    browser,
  }) => {
    const session = await openSession(browser);
    try {
      const { page } = session;
      await openHarness(page);
      await startDrawingOnPage(page, "line");
      await drawLine(page, [coordinatesOf("rajin-port"), coordinatesOf("vostochny-port")]);
      await drawLine(page, [coordinatesOf("chongjin"), coordinatesOf("vladivostok")]);
      await expect.poll(() => changes(page)).toHaveLength(2);
      await expect.poll(() => drawnLineCount(page)).toBe(1);

      await page.evaluate(() => window.__drawing?.session.setTool("point"));
      const { x, y } = await placePixel(page, coordinatesOf("dunai-naval-facility"));
      await page.mouse.click(x - 4, y + 6);
      await expect.poll(() => changes(page)).toHaveLength(3);
      expect((await changes(page))[2]).toEqual({
        type: "Point",
        coordinates: coordinatesOf("dunai-naval-facility"),
      });
      await expect.poll(() => drawnLineCount(page)).toBe(0);

      // An area: three corners near places, closed with Enter, its ring closed on the first corner.
      await page.evaluate(() => window.__drawing?.session.setTool("area"));
      const corners = ["rajin-port", "vladivostok", "vostochny-port"].map(coordinatesOf);
      await drawLine(page, corners, 4);
      await expect.poll(() => changes(page)).toHaveLength(4);
      // terra-draw winds the outer ring counter-clockwise (RFC 7946), whichever way it was drawn.
      const area = (await changes(page))[3] as { type: string; coordinates: number[][][] };
      expect(area.type).toBe("Polygon");
      const ring = area.coordinates[0] ?? [];
      expect(ring).toHaveLength(4);
      expect(ring.at(-1)).toEqual(ring[0]);
      expect(new Set(ring.slice(0, 3).map(String))).toEqual(new Set(corners.map(String)));
    } finally {
      await session.close();
    }
  }, 180_000);

  test("reshape: a vertex dragged near a place lands on it, reported once at the end of the drag; midpoints add, right-click and Delete remove", async ({
    browser,
  }) => {
    const session = await openSession(browser);
    try {
      const { page } = session;
      await openHarness(page);
      await startDrawingOnPage(page, "reshape");
      const middle: [number, number] = [131.5, 42.2];
      await page.evaluate(
        (coordinates) => window.__drawing?.session.load({ type: "LineString", coordinates }),
        [coordinatesOf("rajin-port"), middle, coordinatesOf("vladivostok")],
      );
      expect(await changes(page)).toEqual([]);
      await expect.poll(() => drawnLineCount(page)).toBe(1);

      const from = await placePixel(page, middle);
      const to = await placePixel(page, coordinatesOf("vostochny-port"));
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let step = 1; step <= 10; step++)
        await page.mouse.move(
          from.x + ((to.x + 6 - from.x) * step) / 10,
          from.y + ((to.y - 5 - from.y) * step) / 10,
        );
      await page.mouse.up();
      await expect.poll(() => changes(page)).toHaveLength(1);
      expect((await changes(page))[0]).toEqual({
        type: "LineString",
        coordinates: [
          coordinatesOf("rajin-port"),
          coordinatesOf("vostochny-port"),
          coordinatesOf("vladivostok"),
        ],
      });

      // A click on the midpoint between the first two vertices adds one there.
      const rajin = await placePixel(page, coordinatesOf("rajin-port"));
      const vostochny = await placePixel(page, coordinatesOf("vostochny-port"));
      await page.mouse.click((rajin.x + vostochny.x) / 2, (rajin.y + vostochny.y) / 2);
      await expect.poll(() => changes(page)).toHaveLength(2);
      const added = lineVertices((await changes(page))[1]);
      expect(added).toHaveLength(4);
      expect(added[1]).not.toEqual(coordinatesOf("rajin-port"));

      // A right-click on a vertex deletes it; Delete removes the whole line.
      const inserted = await placePixel(page, added[1] as [number, number]);
      await page.mouse.click(inserted.x, inserted.y, { button: "right" });
      await expect.poll(() => changes(page)).toHaveLength(3);
      expect(lineVertices((await changes(page))[2])).toEqual([
        coordinatesOf("rajin-port"),
        coordinatesOf("vostochny-port"),
        coordinatesOf("vladivostok"),
      ]);
      await page.keyboard.press("Delete");
      await expect.poll(() => changes(page)).toHaveLength(4);
      expect((await changes(page))[3]).toBeNull();
    } finally {
      await session.close();
    }
  }, 180_000);

  test("the drawing stays above layers added later, and destroy leaves the map's style as it was", async ({
    browser,
  }) => {
    const session = await openSession(browser);
    try {
      const { page } = session;
      await openHarness(page);
      const style = () =>
        page.evaluate(() => {
          const current = window.__map?.getStyle();
          return {
            layers: current?.layers.map((layer) => layer.id),
            sources: Object.keys(current?.sources ?? {}).sort(),
          };
        });
      const before = await style();
      await startDrawingOnPage(page, "line");
      await page.evaluate(() => {
        window.__map?.addSource("later", {
          type: "geojson",
          data: { type: "FeatureCollection", features: [] },
        });
        window.__map?.addLayer({ id: "later", type: "line", source: "later" });
      });
      // The drawing moves back on top when the map reports the style change.
      await expect
        .poll(() =>
          page.evaluate(() =>
            window.__map
              ?.getStyle()
              .layers.slice(-6)
              .map((layer) => layer.id),
          ),
        )
        .toEqual([
          "later",
          "editor-drawing-polygon",
          "editor-drawing-polygon-outline",
          "editor-drawing-linestring",
          "editor-drawing-point",
          "editor-drawing-point-marker",
        ]);
      await page.evaluate(() => {
        window.__drawing?.session.destroy();
        window.__map?.removeLayer("later");
        window.__map?.removeSource("later");
      });
      expect(await style()).toEqual(before);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  }, 180_000);
});

describe("route from places", () => {
  test("typed stops and a leg kind build the route; an unknown place is named in an alert; stops move and go", async ({
    browser,
  }) => {
    const session = await openSession(browser, { bypassCSP: true });
    try {
      const { page } = session;
      await openHarness(page);
      await page.evaluate(
        ({ placeList }) => {
          const harness = window.__drawingHarness;
          if (!harness) throw new Error("the drawing harness has not loaded");
          window.__routeForm = harness.mountRouteForm(placeList);
        },
        { placeList: places },
      );
      const form = page.getByRole("region", { name: "Route form under test" });
      const built = () => page.evaluate(() => window.__routeForm?.built ?? []);

      await form.getByLabel("Stop 1 (start)").fill("Rajin (Najin) port");
      await form.getByLabel("Stop 2 (end)").fill("vostochny port (nakhodka)");
      await form.getByLabel("Leg 1: Rajin (Najin) port to Vostochny port (Nakhodka)").selectOption("Sea");
      await form.getByRole("button", { name: "Build route" }).click();
      await expect.poll(built).toHaveLength(1);
      const shipped = JSON.parse(
        readFileSync(
          fileURLToPath(new URL("../../geojson/container-route.geojson", import.meta.url)),
          "utf8",
        ),
      ).features.find(
        (feature: { properties: { id: string } }) => feature.properties.id === "sea-rajin-vostochny-2023",
      );
      expect((await built())[0]?.geometry).toEqual(shipped.geometry);
      expect((await built())[0]?.waypoints).toEqual(["rajin-port", "vostochny-port"]);

      // Keyboard only: Add stop puts the focus in the new stop.
      await form.getByRole("button", { name: "Add stop" }).focus();
      await page.keyboard.press("Enter");
      const third = form.getByLabel("Stop 3 (end)");
      await expect.poll(() => third.evaluate((input) => input === document.activeElement)).toBe(true);
      await page.keyboard.type("Atlantis");
      await form.getByRole("button", { name: "Build route" }).click();
      await expect.poll(() => form.getByRole("alert").count()).toBe(1);
      expect(await third.getAttribute("aria-invalid")).toBe("true");
      const describedBy = await third.getAttribute("aria-describedby");
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(
        "“Atlantis” is not a known place.",
      );
      expect(await built()).toHaveLength(1);
      expect(await seriousViolations(page)).toEqual([]);

      await form.getByRole("button", { name: "Move up stop 3" }).click();
      expect(await form.getByLabel("Stop 2", { exact: true }).inputValue()).toBe("Atlantis");
      await form.getByRole("button", { name: "Remove stop 2" }).click();
      expect(await form.locator("input").count()).toBe(2);
      await expect.poll(() => form.getByRole("alert").count()).toBe(0);
      expect(await form.getByLabel("Stop 2 (end)").inputValue()).toBe("vostochny port (nakhodka)");
      await form.getByRole("button", { name: "Build route" }).click();
      await expect.poll(built).toHaveLength(2);
      expect(await form.getByRole("status").textContent()).toBe("Route built through 2 stops.");
    } finally {
      await session.close();
    }
  }, 180_000);
});
