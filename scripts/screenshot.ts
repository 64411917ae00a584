/**
 * Takes a picture of the real app (built and served on loopback) for the README, or of any view:
 *   npm run screenshot -- [--out docs/screenshot.png] [--hash "#map=5/43/131/0/0"] [--width 1600 --height 1000]
 *                         [--size 390x844]   (the same as --width 390 --height 844; below 800 px wide the page is
 *                                             opened as on a phone: touch, a mobile viewport)
 *                         [--panels]         (the panels' sheet pulled up, on a phone)
 *                         [--presentation]   (the picture in presentation mode: the map alone, edge to edge)
 *                         [--editor]         (the analyst's editor open on a new container-route leg drawn from
 *                                             Rajin to Vostochny, built from places with the keyboard)
 */
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { buildAndServe } from "./browser/app-server.ts";
import { launchChromium } from "./browser/chromium.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "public/screenshot.png" },
    hash: { type: "string", default: "" },
    width: { type: "string", default: "1600" },
    height: { type: "string", default: "1000" },
    presentation: { type: "boolean", default: false },
    size: { type: "string" },
    panels: { type: "boolean", default: false },
    editor: { type: "boolean", default: false },
  },
});

function viewportOf(size: string | undefined): { width: number; height: number } {
  if (size === undefined) return { width: Number(values.width), height: Number(values.height) };
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (!match) throw new Error(`--size takes WIDTHxHEIGHT, such as 390x844, not "${size}"`);
  return { width: Number(match[1]), height: Number(match[2]) };
}
const viewport = viewportOf(values.size);
const phone = viewport.width < 800;

/**
 * The editor on a new feature in the container route, its line built from Rajin to Vostochny by sea with the
 * keyboard, the title typed and the claim left empty (so that one problem shows on its field).
 */
async function openEditorOnNewLeg(page: Page) {
  await page.evaluate(() => window.__map?.jumpTo({ center: [131.4, 42.3], zoom: 6.4 }));
  await page.getByRole("button", { name: "Edit data" }).click();
  const editor = page.getByTestId("editor");
  await page.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 60_000 });
  await editor.getByLabel("Layer file for a new feature").selectOption("container-route.geojson");
  await editor.getByRole("button", { name: "New feature" }).click();
  await editor.locator("summary", { hasText: "Route from places" }).click();
  await editor.getByLabel("Stop 1 (start)").fill("Rajin (Najin) port");
  await editor.getByLabel("Stop 2 (end)").fill("Vostochny port (Nakhodka)");
  await editor.getByLabel(/^Leg 1/).selectOption("sea");
  await editor.getByRole("button", { name: "Build route" }).click();
  await editor.locator("summary", { hasText: "Route from places" }).click();
  const form = editor.getByRole("region", { name: "Claim and sourcing" });
  const title = form.getByLabel("Title", { exact: true });
  await title.fill("Example: a container leg Rajin → Vostochny");
  await title.blur();
  // The check runs once typing pauses: wait until it has cleared the title, with the empty claim still flagged.
  await page.waitForFunction(
    (element) => element?.getAttribute("aria-invalid") !== "true",
    await title.elementHandle(),
  );
  await page.waitForSelector('[data-testid="editor"] [aria-invalid="true"]');
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { state: "attached" });
  await editor.evaluate((element) => element.scrollTo({ top: 0 }));
}

const server = await buildAndServe();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport, hasTouch: phone, isMobile: phone });
  await page.goto(`${server.url}${values.hash}`);
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', {
    state: "attached",
    timeout: 60_000,
  });
  if (values.presentation) {
    await page.getByRole("button", { name: "Presentation mode" }).click();
    await page.waitForFunction((width) => {
      const canvas = document.querySelector('[data-testid="map"] canvas');
      return canvas !== null && Math.round(canvas.getBoundingClientRect().width) === width;
    }, viewport.width);
    // Away from the presentation bar, which shows its options under the pointer.
    await page.mouse.move(5, viewport.height / 2);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { state: "attached" });
  }
  if (values.panels) {
    await page.locator(".sheet-handle").click();
    await page.locator(".sheet-content").waitFor();
  }
  if (values.editor) await openEditorOnNewLeg(page);
  await page.screenshot({ path: values.out });
  console.log(`Saved ${values.out}`);
} finally {
  await browser.close();
  await server.close();
}
