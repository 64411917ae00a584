import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Download, Locator, Page } from "playwright-core";

/** The analyst's editor, opened and loaded. */
export async function openEditor(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Edit data" }).click();
  const editor = page.getByTestId("editor");
  await page.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 60_000 });
  return editor;
}

/** Starts a new feature in a layer file of the manifest. */
export async function newFeatureIn(editor: Locator, file: string): Promise<void> {
  await editor.getByLabel("Layer file for a new feature").selectOption(file);
  await editor.getByRole("button", { name: "New feature" }).click();
  await editor.getByRole("heading", { name: "Claim and sourcing" }).waitFor();
}

/** A field's messages under it, as the page shows them (the input's aria-describedby). */
export async function problemsOf(field: Locator): Promise<string[]> {
  const describedBy = await field.getAttribute("aria-describedby");
  if (!describedBy) return [];
  return field.page().locator(`[id="${describedBy}"] li`).allTextContents();
}

/** Waits for a field to show a problem (the check runs once the typing pauses). */
export async function waitForProblem(field: Locator, timeout = 10_000): Promise<string[]> {
  await field
    .page()
    .waitForFunction(
      (element) => element?.getAttribute("aria-invalid") === "true",
      await field.elementHandle(),
      { timeout },
    );
  return problemsOf(field);
}

export async function waitForNoProblem(field: Locator, timeout = 10_000): Promise<void> {
  await field
    .page()
    .waitForFunction(
      (element) => element?.getAttribute("aria-invalid") !== "true",
      await field.elementHandle(),
      { timeout },
    );
}

/** Picks a publication in a combobox by typing words of its publisher or title, then choosing the option. */
export async function pickPublication(combobox: Locator, words: string, id: string): Promise<void> {
  await combobox.fill(words);
  const listbox = combobox.page().getByRole("listbox", { name: /matching publications/ });
  await listbox
    .getByRole("option", { name: new RegExp(id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .waitFor();
  // The keyboard picks: ↓ to the option that names the id, Enter.
  const options = await listbox.getByRole("option").allTextContents();
  const index = options.findIndex((text) => text.includes(id));
  for (let step = 0; step < index; step += 1) await combobox.press("ArrowDown");
  await combobox.press("Enter");
}

/** Clicks a button that downloads `count` files and returns them by file name. */
export async function downloadsOf(page: Page, click: () => Promise<void>, count: number) {
  const downloads: Download[] = [];
  const all = new Promise<void>((resolveAll) => {
    const listener = (download: Download) => {
      downloads.push(download);
      if (downloads.length === count) {
        page.off("download", listener);
        resolveAll();
      }
    };
    page.on("download", listener);
  });
  await click();
  await all;
  const files = new Map<string, Buffer>();
  for (const download of downloads)
    files.set(download.suggestedFilename(), readFileSync(await download.path()));
  return files;
}

/** Every data file of a directory (geojson/ or a copy of it) as text, as `npm run validate` reads them. */
export function dataFilesOf(directory: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(directory)
      .filter((name) => name.endsWith(".geojson") || name.endsWith(".json"))
      .map((name) => [name, readFileSync(resolve(directory, name), "utf8")]),
  );
}

export function placeCoordinates(id: string): [number, number] {
  const places = JSON.parse(readFileSync(resolve("geojson/places.geojson"), "utf8")) as {
    features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
  };
  const place = places.features.find((feature) => feature.properties.id === id);
  if (!place) throw new Error(`no place "${id}" in places.geojson`);
  return place.geometry.coordinates;
}
