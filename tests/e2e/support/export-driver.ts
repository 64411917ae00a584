import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** Exports the current view as a PNG through the Export dialog, as a user would, and closes the dialog. */
export async function exportPng(page: Page, choose: { preset: string; scale?: string }): Promise<Buffer> {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Size", { exact: true }).selectOption(choose.preset);
  await dialog.getByLabel("Scale", { exact: true }).selectOption(choose.scale ?? "1");
  const download = page.waitForEvent("download", { timeout: 120_000 });
  await dialog.getByRole("button", { name: "Download PNG" }).click();
  const file = await (await download).path();
  const buffer = readFileSync(file);
  await dialog.getByRole("button", { name: "Close" }).click();
  return buffer;
}
