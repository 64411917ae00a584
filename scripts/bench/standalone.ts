/**
 * What a benchmark run on its own needs around its measurement (`npx tsx scripts/bench/<name>.ts`): a scratch
 * directory, the production app (and the bare MapLibre pages when asked) built into it, one static server for
 * them, and headless Chromium; all of it closed and removed afterwards, whatever happens.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../browser/chromium.ts";
import { buildApp, buildBarePages } from "./build-pages.ts";
import { coldLoad } from "./scenarios.ts";
import { type StaticServer, serveStatic } from "./static-server.ts";

export type StandaloneBench = {
  scratch: string;
  server: StaticServer;
  browser: Browser;
  urls: { app: string; bare: string };
};

/**
 * Builds, serves and launches, then runs `measure`. `name` names the scratch directory
 * (`supply-map-<name>-bench-…`). With `bare`, the bare pages are built and served under /bare/ too, and
 * `urls.bare` opens them at the size of the app's map (found by one cold load of the app), so both draw the same
 * tiles at the same zoom; without it `urls.bare` is empty.
 */
export async function runStandalone(
  name: string,
  options: { bare: boolean },
  measure: (bench: StandaloneBench) => Promise<void>,
): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), `supply-map-${name}-bench-`));
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    await buildApp(join(scratch, "app"));
    if (options.bare) await buildBarePages(join(scratch, "bare"));
    server = await serveStatic({
      "/app/": join(scratch, "app"),
      ...(options.bare ? { "/bare/": join(scratch, "bare") } : {}),
    });
    browser = await launchChromium();
    const app = `${server.url}/app/`;
    const bare = options.bare
      ? `${server.url}/bare/index.html?size=${await appMapSize(browser, server)}`
      : "";
    await measure({ scratch, server, browser, urls: { app, bare } });
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The app's map size as `<width>x<height>` CSS pixels, from one cold load (which also warms the disk caches). */
export async function appMapSize(browser: Browser, server: StaticServer): Promise<string> {
  const warm = await coldLoad(browser, server, `${server.url}/app/`);
  const box = await warm.page.getByTestId("map").boundingBox();
  await warm.context.close();
  if (!box) throw new Error("The app's map has no size");
  return `${Math.round(box.width)}x${Math.round(box.height)}`;
}
