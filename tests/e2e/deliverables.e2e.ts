import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Download, Page } from "playwright-core";
import { readPngText } from "../../src/export/png-metadata.ts";
import { type AppSession, withAppIn } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { decodePng, distinctColours } from "./support/pixels.ts";
import { shippedTour, waitForStep } from "./support/tour.ts";

const viewport = { width: 1400, height: 900 };
type StepText = { text: Array<{ text: string; citations?: Array<{ publication: string }> }> };
const tour = shippedTour() as {
  title: string;
  steps: Array<ReturnType<typeof shippedTour>["steps"][number] & StepText>;
};
type PublicationEntry = { id: string; title: string; publisher: string; url?: string };
const registry = JSON.parse(readFileSync("geojson/publications.json", "utf8")) as {
  publications: PublicationEntry[];
};
const publications = new Map(registry.publications.map((publication) => [publication.id, publication]));

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#\d+|[a-z]+);/g, (_, name: string) =>
    name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? `&${name};`),
  );

/** The text runs of a slide or notes part, joined: what a reader of the slide sees. */
const textOf = (xml: string) =>
  decodeXml([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(""));

type Deck = { slides: string[]; notes: string[]; files: Record<string, Uint8Array> };

function readDeck(bytes: Uint8Array): Deck {
  const files = unzipSync(bytes);
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1]);
  const slideNames = Object.keys(files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => number(a) - number(b));
  const slides = slideNames.map((name) => strFromU8(files[name] as Uint8Array));
  const notes = slideNames.map((name) => {
    const rels = strFromU8(
      files[name.replace("slides/", "slides/_rels/").replace(/\.xml$/, ".xml.rels")] as Uint8Array,
    );
    const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    return target ? textOf(strFromU8(files[`ppt/notesSlides/${target}`] as Uint8Array)) : "";
  });
  return { slides, notes, files };
}

/** The text of the shape an editor sees named `name` ("Title", "Text", …) on a slide. */
function shapeText(slide: string, name: string): string[] {
  return [...slide.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
    .map((match) => match[0])
    .filter((shape) => shape.includes(`name="${name}"`))
    .map(textOf);
}

async function saved(download: Promise<Download>, directory: string): Promise<string> {
  const file = await download;
  const path = join(directory, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function exportFromDialog(
  page: Page,
  button: "Slide deck" | "PDF",
  pageSize?: string,
): Promise<Download> {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog");
  if (pageSize) await dialog.getByLabel("Page size").selectOption(pageSize);
  const download = page.waitForEvent("download", { timeout: 300_000 });
  await dialog.getByRole("button", { name: button, exact: true }).click();
  return download;
}

describe("slide deck, PDF and every source on the page", () => {
  test("Export all steps as a deck: a 16:9 slide per step with editable title and text, notes citing the step's sources, alt text, and every source at the end", async ({
    browser,
  }) => {
    await withAppIn(
      browser,
      async ({ page }: AppSession) => {
        await waitForStep(page, 1, tour.steps[0] as (typeof tour.steps)[number]);
        const download = page.waitForEvent("download", { timeout: 900_000 });
        await page.getByRole("button", { name: "Export all steps as a deck" }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/\.pptx$/);
        const deck = readDeck(new Uint8Array(readFileSync(await file.path())));

        const presentation = strFromU8(deck.files["ppt/presentation.xml"] as Uint8Array);
        const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation) ?? [];
        expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 3);

        // Cover, "How to read this map", a slide per step (and its continuations), the sources at the end.
        expect(shapeText(deck.slides[0] ?? "", "Title")).toEqual([tour.title]);
        expect(shapeText(deck.slides[1] ?? "", "Title")).toEqual(["How to read this map"]);
        const stepSlides = tour.steps.map((step) =>
          deck.slides.findIndex((slide) => shapeText(slide, "Title").includes(step.title)),
        );
        expect(stepSlides.every((index) => index > 1)).toBe(true);
        expect(stepSlides).toEqual([...stepSlides].sort((a, b) => a - b));
        expect(deck.slides.length).toBeGreaterThanOrEqual(2 + tour.steps.length + 1);

        for (const [index, step] of tour.steps.entries()) {
          const slide = deck.slides[stepSlides[index] ?? -1] ?? "";
          // The step's text is an editable text box, its first sentence word for word.
          const firstSentence = step.text[0]?.text ?? "";
          expect(shapeText(slide, "Text").join(" ")).toContain(firstSentence.slice(0, 60));
          // The map is a picture with alt text naming the step.
          const pictures = [...slide.matchAll(/<p:cNvPr [^>]*descr="([^"]*)"/g)].map((match) =>
            decodeXml(match[1] ?? ""),
          );
          expect(pictures.length).toBe(1);
          expect(pictures[0]).toContain(step.title);
          // The notes give every publication the step's text cites, by title, and its link where there is one.
          const notes = deck.notes[stepSlides[index] ?? -1] ?? "";
          expect(notes).toContain(step.title);
          for (const sentence of step.text) {
            for (const citation of sentence.citations ?? []) {
              const publication = publications.get(citation.publication);
              expect(publication, citation.publication).toBeDefined();
              expect(notes, `step ${index + 1} notes cite ${citation.publication}`).toContain(
                publication?.title ?? "",
              );
              if (publication?.url) expect(notes).toContain(publication.url);
            }
          }
          expect(notes).toMatch(/Claims shown \(\d+\):/);
        }

        // Every source the deck numbers is on its Sources slides, in order, none left out.
        const sourcesStart = deck.slides.findIndex((slide) =>
          /^Sources \(\d+\)$/.test(shapeText(slide, "Title")[0] ?? ""),
        );
        expect(sourcesStart).toBeGreaterThan(stepSlides.at(-1) ?? 0);
        const total = Number(
          /\((\d+)\)/.exec(shapeText(deck.slides[sourcesStart] ?? "", "Title")[0] ?? "")?.[1],
        );
        const listed = deck.slides
          .slice(sourcesStart)
          .flatMap((slide) => [...slide.matchAll(/<a:p>[\s\S]*?<\/a:p>/g)].map((match) => textOf(match[0])))
          .map((paragraph) => /^(\d+)\. /.exec(paragraph)?.[1])
          .filter((number): number is string => number !== undefined)
          .map(Number);
        expect(listed).toEqual(Array.from({ length: total }, (_, index) => index + 1));
        // Links on the Sources slides are hyperlinks.
        const rels = Object.entries(deck.files)
          .filter(([name]) => /^ppt\/slides\/_rels\//.test(name))
          .map(([, data]) => strFromU8(data))
          .join("");
        expect(rels).toMatch(/Type="[^"]*\/hyperlink" Target="https:\/\//);

        const core = strFromU8(deck.files["docProps/core.xml"] as Uint8Array);
        expect(core).toContain(`<dc:title>${tour.title}</dc:title>`);
        expect(core).toContain("<dc:creator>supply-route-map</dc:creator>");
        expect(core).toMatch(/<cp:keywords>[^<]*North Korea/);
        expect(core).toMatch(/<dc:description>[^<]*#tour=1/);
        await page.getByText(/^Saved .*\.pptx: \d+ steps\.$/).waitFor();
      },
      "#tour=1",
      { viewport },
    );
  }, 900_000);

  test(
    "the view as a PDF: selectable text in embedded Noto faces, clickable source links, A4 pages, a drawn map",
    ({ browser }) =>
      withAppIn(
        browser,
        async ({ page }: AppSession) => {
          const directory = mkdtempSync(join(tmpdir(), "deliverable-pdf-"));
          const path = await saved(exportFromDialog(page, "PDF", "a4-landscape"), directory);
          const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
          expect(text).toContain("Alleged North Korea → Russia supply routes");
          expect(text).toContain("How to read this map");
          expect(text).toMatch(/Sources \(\d+\), numbered as on the map/);
          expect(text).toContain("Routes and flows are alleged");
          // A headline of the shipped data, as text.
          expect(text).toContain("A North Korean Rail Yard Near Russia Springs to Life");
          const fonts = execFileSync("pdffonts", [path], { encoding: "utf8" });
          expect(fonts).toMatch(/\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
          expect(fonts).toMatch(/\+NotoSans-Bold/);
          const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
          expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
          expect(info).toMatch(/Title:\s+Alleged North Korea → Russia supply routes/);
          expect(info).toMatch(/Keywords:.*North Korea/);
          const urls = execFileSync("pdfinfo", ["-url", path], { encoding: "utf8" });
          expect(urls).toMatch(/Annotation\s+https:\/\/www\.38north\.org\//);
          // The map page, rendered: a map has many colours.
          execFileSync("pdftoppm", ["-r", "40", "-f", "3", "-l", "3", "-png", path, join(directory, "page")]);
          const page3 = decodePng(readFileSync(join(directory, "page-3.png")));
          expect(distinctColours(page3, { x: 20, y: 60, width: 250, height: 250 })).toBeGreaterThan(30);
        },
        "",
        { viewport },
      ),
    600_000,
  );

  test(
    "a picture whose sources do not fit continues them on a picture of the same size; Show source numbers puts the same kind of markers on the map",
    ({ browser }) =>
      withAppIn(
        browser,
        async ({ page }: AppSession) => {
          await page.getByRole("button", { name: "Export…" }).click();
          const dialog = page.getByRole("dialog");
          const downloads: Download[] = [];
          page.on("download", (download) => downloads.push(download));
          await dialog.getByRole("button", { name: "Download PNG" }).click();
          await dialog
            .getByText(/PNG ready\. Its sources continue on \d+ more pictures?\./)
            .waitFor({ timeout: 180_000 });
          await expect.poll(() => downloads.length).toBeGreaterThanOrEqual(2);
          // Both files are asked for at once: the browser may report them in either order.
          const named = await Promise.all(
            downloads.map(async (download) => ({
              name: download.suggestedFilename(),
              bytes: readFileSync(await download.path()),
            })),
          );
          const main = named.find((file) => /-1920x1080\.png$/.test(file.name))?.bytes;
          const continued = named
            .filter((file) => /-1920x1080-sources-\d+\.png$/.test(file.name))
            .map((file) => file.bytes);
          expect(main, named.map((file) => file.name).join(", ")).toBeDefined();
          expect(continued.length).toBe(named.length - 1);
          const text = readPngText(new Uint8Array(main as Buffer));
          const numbered = (text.Sources ?? "").split("\n");
          expect(numbered.map((line) => Number.parseInt(line, 10))).toEqual(
            numbered.map((_, index) => index + 1),
          );
          for (const picture of continued) {
            const png = decodePng(picture);
            expect([png.width, png.height]).toEqual([1920, 1080]);
            expect(distinctColours(png, { x: 20, y: 100, width: 600, height: 600 })).toBeGreaterThan(2);
          }
          await dialog.getByRole("button", { name: "Close" }).click();

          await page.getByLabel("Show source numbers on the map").check();
          await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/[#&]numbers=1(&|$)/);
          const list = page.getByRole("list", {
            name: "Sources of the features shown, numbered as on the map",
          });
          await expect.poll(() => list.getByRole("listitem").count()).toBeGreaterThan(10);
          await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { state: "attached" });
          const markers = await page.evaluate(() => {
            const map = window.__map;
            if (!map) return [];
            const layers = map
              .getStyle()
              .layers.filter((layer) => layer.id.startsWith("source-numbers-"))
              .map((layer) => layer.id);
            return map.queryRenderedFeatures({ layers }).map((feature) => String(feature.properties.id));
          });
          expect(new Set(markers).size).toBeGreaterThan(5);
          await page.getByLabel("Show source numbers on the map").uncheck();
          await expect.poll(() => page.evaluate(() => window.location.hash)).not.toMatch(/numbers=/);
          await expect
            .poll(() =>
              page.evaluate(
                () =>
                  window.__map?.getStyle().layers.filter((layer) => layer.id.startsWith("source-numbers-"))
                    .length,
              ),
            )
            .toBe(0);
        },
        "",
        { viewport },
      ),
    300_000,
  );
});
