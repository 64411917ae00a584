import type { Page } from "playwright-core";
import type { AppSession } from "./support/app-driver.ts";
import { waitForMapReady } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { pickFiles, withWatchedApp } from "./support/import-driver.ts";

/** A Hangul syllable no label of the shipped data or basemap uses (fictional test text). */
const rareSyllable = "뷁";

const fontListRequests = (session: AppSession) =>
  session.requests.map((request) => request.url()).filter((url) => /\/font-ranges-[^/]*\.json$/.test(url));

/** The URL of the font file of `fontName` that the style's current `font-faces` would draw `character` with. */
function fileDrawing(page: Page, fontName: string, character: string): Promise<string | null> {
  return page.evaluate(
    ([name, text]) => {
      const codePoint = text.codePointAt(0) ?? 0;
      const files = window.__map?.getFontFaces()?.[name];
      if (!Array.isArray(files)) return null;
      const covering = files.find((file) =>
        (file["unicode-range"] ?? []).some((entry) => {
          const [start = "", end = start] = entry.replace(/^U\+/i, "").split("-");
          return codePoint >= Number.parseInt(start, 16) && codePoint <= Number.parseInt(end, 16);
        }),
      );
      return covering?.url ?? null;
    },
    [fontName, character] as const,
  );
}

describe("label fonts", () => {
  test("the first view fetches no list of every font file: its labels' files are in the style", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async (session) => {
      expect(fontListRequests(session)).toEqual([]);
      expect(await fileDrawing(session.page, "Noto Sans Regular", "A")).toMatch(/noto-sans-latin-400/);
      // The data's Korean place names are drawn from their Korean subsets without the rest of the list.
      expect(await fileDrawing(session.page, "Noto Sans Regular", "평")).toMatch(/noto-sans-kr-\d+-400/);
      expect(await fileDrawing(session.page, "Noto Sans Bold", rareSyllable)).toMatch(/^font-faces-pending:/);
    });
  });

  test("an imported label in Hangul the first list lacks brings in every font file and is drawn from its subset", async ({
    browser,
  }) => {
    await withWatchedApp(browser, async (session) => {
      const { page } = session;
      const area = {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            geometry: {
              type: "Polygon",
              coordinates: [
                [
                  [128.5, 40.5],
                  [130.5, 40.5],
                  [130.5, 41.8],
                  [128.5, 41.8],
                  [128.5, 40.5],
                ],
              ],
            },
            properties: { title: `시험 ${rareSyllable}` },
          },
        ],
      };
      await pickFiles(page, [
        {
          name: "hangul-area.geojson",
          mimeType: "application/geo+json",
          buffer: Buffer.from(JSON.stringify(area)),
        },
      ]);
      // Area labels are set in bold: the full list replaces the first one, and names the syllable's own file.
      await page.waitForFunction(
        () =>
          !JSON.stringify(window.__map?.getFontFaces() ?? {}).includes("font-faces-pending:") &&
          document.querySelector('[data-testid="map"][data-map-ready="true"]') !== null,
        null,
        { timeout: 45_000 },
      );
      await waitForMapReady(page);
      expect(fontListRequests(session)).toHaveLength(1);
      const file = await fileDrawing(page, "Noto Sans Bold", rareSyllable);
      expect(file).toMatch(/\/noto-sans-kr-\d+-700-normal[^/]*\.woff2$/);
      const requested = () => session.requests.map((request) => request.url());
      await expect.poll(requested, { timeout: 30_000 }).toContain(file);
    });
  });
});
