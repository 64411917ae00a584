import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { type AppSession, appUrl, openApp, openSession } from "./app-driver.ts";

export const fixture = (name: string) => resolve("tests/fixtures/import", name);

/** Records Content-Security-Policy violations and script side effects, before any app script runs. */
export async function watchPage(session: AppSession): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  session.page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await session.page.addInitScript(() => {
    const store = window as unknown as { __violations: string[] };
    store.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      store.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  // Nothing may leave the app's origin; were anything to try, it fails here as well as in the request list.
  const origin = new URL(appUrl()).origin;
  await session.context.route(
    (url) => url.origin !== origin && url.protocol !== "blob:" && url.protocol !== "data:",
    (route) => route.abort(),
  );
  return { dialogs };
}

/** No request to another host, no policy violation, no script from data, no error in the console. */
export async function expectNothingEscaped(session: AppSession, dialogs: string[]) {
  const appOrigin = new URL(appUrl()).origin;
  const outside = session.requests
    .map((request) => request.url())
    .filter((url) => new URL(url).origin !== appOrigin && !url.startsWith(`blob:${appOrigin}/`));
  expect(outside).toEqual([]);
  expect(
    await session.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(
    await session.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
  expect(session.errors.filter((error) => /Content Security Policy|Refused to/i.test(error))).toEqual([]);
}

export type PickedFile = string | { name: string; mimeType: string; buffer: Buffer };

/** Chooses files with the "Import GeoJSON" file input and waits until each has a report. */
export async function pickFiles(page: Page, files: PickedFile[], timeout = 60_000): Promise<void> {
  const before = await page.locator(".import-report").count();
  await page.getByLabel("Import GeoJSON").setInputFiles(files as Parameters<Page["setInputFiles"]>[1]);
  await waitForReports(page, before + files.length, timeout);
}

/** Waits for `count` reports, no import running, and no file still drawn provisionally (see provisional-layers.ts). */
export async function waitForReports(page: Page, count: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.querySelectorAll(".import-report").length >= expected &&
      document.querySelectorAll('[data-testid="import-progress"]').length === 0 &&
      !(window.__map?.getStyle().layers ?? []).some(
        (layer) => (layer.metadata as Record<string, unknown> | undefined)?.["supply-map:provisional"],
      ),
    count,
    { timeout },
  );
}

/** Drops files on the map as a user's drag and drop would: dragenter, dragover, drop with a DataTransfer. */
export async function dropFiles(page: Page, files: Array<{ name: string; text: string }>): Promise<void> {
  await page.evaluate((list) => {
    const target = document.querySelector('[data-testid="map"]') as HTMLElement;
    const transfer = new DataTransfer();
    for (const file of list)
      transfer.items.add(new File([file.text], file.name, { type: "application/geo+json" }));
    for (const type of ["dragenter", "dragover", "drop"]) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, files);
}

/** The map's data sources and style layers (basemap excluded), to check that nothing was lost. */
export async function mapInventory(page: Page): Promise<{ sources: string[]; layers: string[] }> {
  return page.evaluate(() => {
    const style = window.__map?.getStyle();
    if (!style) return { sources: [], layers: [] };
    return {
      sources: Object.keys(style.sources)
        .filter((id) => !id.startsWith("basemap-"))
        .sort(),
      layers: style.layers.map((layer) => layer.id).filter((id) => !id.startsWith("basemap-")),
    };
  });
}

/** The ids of style layers drawing files still being checked. */
export function provisionalLayerIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.__map?.getStyle().layers ?? [])
      .filter((layer) => (layer.metadata as Record<string, unknown> | undefined)?.["supply-map:provisional"])
      .map((layer) => layer.id),
  );
}

export async function importedSourceIds(page: Page): Promise<string[]> {
  return (await mapInventory(page)).sources.filter((id) => id.startsWith("imported-"));
}

/** A fresh browser context (its own IndexedDB) with the app open; checks that nothing escaped at the end. */
export async function withWatchedApp(browser: Browser, run: (session: AppSession) => Promise<void>) {
  const session = await openSession(browser);
  try {
    const { dialogs } = await watchPage(session);
    await openApp(session);
    await run(session);
    await expectNothingEscaped(session, dialogs);
  } finally {
    await session.close();
  }
}
