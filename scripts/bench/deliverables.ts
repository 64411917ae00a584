import type { Page } from "playwright-core";
import type { LoggedResponse } from "./static-server.ts";

export type DeliverableSamples = {
  /** "Export all steps as a deck", click → download, per run. */
  tourDeckMs: number[];
  steps: number;
  /** The view as a PDF (A4: one map page, with its cover, legend and source pages), click → download, per run. */
  pdfMs: number[];
  /** Files of the deck and PDF code or fonts the page fetched before it was ready: none is the promise. */
  fetchedBeforeReady: string[];
};

/** What belongs to the deliverables alone: their lazily loaded chunk and the PDF's font files. */
export const deliverableFile = /deck-export|write-pdf|pptxgen|\.ttf$/;

export function deliverableFilesBefore(beforeReady: readonly LoggedResponse[]): string[] {
  return beforeReady.map((entry) => entry.path).filter((path) => deliverableFile.test(path));
}

async function timedDownload(page: Page, click: () => Promise<void>, timeout: number): Promise<number> {
  const download = page.waitForEvent("download", { timeout });
  const started = performance.now();
  await click();
  await (await download).path();
  return performance.now() - started;
}

/** `runs` tour decks and `runs` PDFs of the first view, in one session (the first of each loads its code). */
export async function measureDeliverables(
  page: Page,
  runs: number,
): Promise<Omit<DeliverableSamples, "fetchedBeforeReady">> {
  const tourDeckMs: number[] = [];
  const pdfMs: number[] = [];
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Page size").selectOption("a4-landscape");
  for (let run = 0; run < runs; run++) {
    pdfMs.push(
      await timedDownload(
        page,
        () => dialog.getByRole("button", { name: "PDF", exact: true }).click(),
        300_000,
      ),
    );
  }
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Start tour" }).click();
  const deckButton = page.getByRole("button", { name: "Export all steps as a deck" });
  for (let run = 0; run < runs; run++) {
    await deckButton.waitFor();
    while (await deckButton.isDisabled()) await page.waitForTimeout(200);
    tourDeckMs.push(await timedDownload(page, () => deckButton.click(), 900_000));
  }
  const steps = Number(
    /of (\d+)/.exec(
      (await page
        .getByText(/^Step \d+ of \d+/)
        .first()
        .textContent()) ?? "",
    )?.[1] ?? Number.NaN,
  );
  return { tourDeckMs, steps, pdfMs };
}
