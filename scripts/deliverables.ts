/**
 * Makes the briefing deliverables from the real app (built and served on loopback) and saves them, for the
 * README and for looking at:
 *   npm run deliverables -- [--out deliverables] [--hash "#map=…"] [--png] [--deck] [--tour-deck] [--pdf]
 *                           [--readme]
 * With no format named, makes all of them. The deck and PDF pages are also turned into PNGs to look at when
 * LibreOffice (`soffice`) and poppler (`pdftoppm`) are installed. `--readme` makes the tour deck and the view's
 * PDF and writes README's two pictures: public/deliverable-slide.png (the slide of the step named by
 * `--slide-title`, as LibreOffice Impress draws it) and public/deliverable-pdf-page.png (the PDF's map page).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { buildAndServe } from "./browser/app-server.ts";
import { launchChromium } from "./browser/chromium.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "deliverables" },
    hash: { type: "string", default: "" },
    png: { type: "boolean", default: false },
    deck: { type: "boolean", default: false },
    "tour-deck": { type: "boolean", default: false },
    pdf: { type: "boolean", default: false },
    "page-size": { type: "string", default: "a4-landscape" },
    readme: { type: "boolean", default: false },
    "slide-title": { type: "string", default: "August–October 2023: containers by sea from Rajin to Dunai" },
  },
});
if (values.readme) {
  values["tour-deck"] = true;
  values.pdf = true;
}
const all = !values.png && !values.deck && !values["tour-deck"] && !values.pdf;
const out = values.out;
mkdirSync(out, { recursive: true });

async function saveDownloads(page: Page, count: number, click: () => Promise<void>): Promise<string[]> {
  const saved: string[] = [];
  const done = new Promise<void>((resolve) => {
    page.on("download", async (download) => {
      const path = join(out, download.suggestedFilename());
      await download.saveAs(path);
      saved.push(path);
      console.log(`Saved ${path}`);
      if (saved.length >= count) resolve();
    });
  });
  await click();
  await Promise.race([done, page.waitForTimeout(count === 1 ? 240_000 : 30_000 + 240_000)]);
  page.removeAllListeners("download");
  return saved;
}

function hasCommand(command: string): boolean {
  try {
    execFileSync("which", [command], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The first page of `pdf` whose text matches `pattern`. */
function pageWith(pdf: string, pattern: RegExp): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
  for (let page = 1; page <= pages; page++) {
    const text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], {
      encoding: "utf8",
    });
    if (pattern.test(text)) return page;
  }
  throw new Error(`No page of ${pdf} matches ${pattern}`);
}

function pageAsPng(pdf: string, page: number, outBase: string): void {
  execFileSync("pdftoppm", [
    "-r",
    "100",
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    "-png",
    pdf,
    outBase,
  ]);
  console.log(`Saved ${outBase}.png (page ${page} of ${pdf})`);
}

const server = await buildAndServe();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  await page.goto(`${server.url}${values.hash}`);
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', {
    state: "attached",
    timeout: 60_000,
  });
  const exportDialog = async () => {
    await page.getByRole("button", { name: "Export…" }).click();
    return page.getByRole("dialog");
  };
  if (all || values.png) {
    const dialog = await exportDialog();
    await saveDownloads(page, 1, () => dialog.getByRole("button", { name: "Download PNG" }).click());
    await page.waitForTimeout(2000);
    await dialog.getByRole("button", { name: "Close" }).click();
  }
  if (all || values.deck) {
    const dialog = await exportDialog();
    const [deck] = await saveDownloads(page, 1, () =>
      dialog.getByRole("button", { name: "Slide deck" }).click(),
    );
    await dialog.getByRole("button", { name: "Close" }).click();
    if (deck && hasCommand("soffice")) {
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, deck], {
        stdio: "inherit",
      });
    }
  }
  if (all || values.pdf) {
    const dialog = await exportDialog();
    await dialog.getByLabel("Page size").selectOption(values["page-size"]);
    const [pdf] = await saveDownloads(page, 1, () => dialog.getByRole("button", { name: "PDF" }).click());
    await dialog.getByRole("button", { name: "Close" }).click();
    if (pdf && existsSync(pdf) && hasCommand("pdftoppm")) {
      execFileSync("pdftoppm", ["-r", "110", "-png", pdf, pdf.replace(/\.pdf$/, "-page")], {
        stdio: "inherit",
      });
      if (values.readme) {
        const mapPage = pageWith(pdf, /Sources \(\d+\), numbered as on the map/);
        pageAsPng(pdf, mapPage, "public/deliverable-pdf-page");
      }
    }
  }
  if (all || values["tour-deck"]) {
    await page.getByRole("button", { name: "Start tour" }).click();
    const [deck] = await saveDownloads(page, 1, () =>
      page.getByRole("button", { name: "Export all steps as a deck" }).click(),
    );
    if (deck && values.readme) {
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, deck], {
        stdio: "inherit",
      });
      const slides = deck.replace(/\.pptx$/, ".pdf");
      pageAsPng(
        slides,
        pageWith(slides, new RegExp(`^${values["slide-title"]}`, "m")),
        "public/deliverable-slide",
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
