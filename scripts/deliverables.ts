/**
 * Makes the briefing deliverables from the real app (built and served on loopback) and saves them, for the
 * README and for looking at:
 *   npm run deliverables -- [--out docs/deliverables] [--hash "#map=…"] [--png] [--deck] [--tour-deck] [--pdf]
 * With no format named, makes all of them. The deck and PDF pages are also turned into PNGs to look at when
 * LibreOffice (`soffice`) and poppler (`pdftoppm`) are installed.
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
    out: { type: "string", default: "docs/deliverables" },
    hash: { type: "string", default: "" },
    png: { type: "boolean", default: false },
    deck: { type: "boolean", default: false },
    "tour-deck": { type: "boolean", default: false },
    pdf: { type: "boolean", default: false },
    "page-size": { type: "string", default: "a4-landscape" },
  },
});
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
    }
  }
  if (all || values["tour-deck"]) {
    await page.getByRole("button", { name: "Start tour" }).click();
    await saveDownloads(page, 1, () =>
      page.getByRole("button", { name: "Export all steps as a deck" }).click(),
    );
  }
} finally {
  await browser.close();
  await server.close();
}
