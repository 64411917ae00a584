/**
 * Takes a picture of the real app (built and served on loopback) for the README, or of any view:
 *   npm run screenshot -- [--out docs/screenshot.png] [--hash "#map=5/43/131/0/0"] [--width 1600 --height 1000]
 *                         [--size 390x844]   (the same as --width 390 --height 844; below 800 px wide the page is
 *                                             opened as on a phone: touch, a mobile viewport)
 *                         [--panels]         (the panels' sheet pulled up, on a phone)
 *                         [--presentation]   (the picture in presentation mode: the map alone, edge to edge)
 */
import { parseArgs } from "node:util";
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
  await page.screenshot({ path: values.out });
  console.log(`Saved ${values.out}`);
} finally {
  await browser.close();
  await server.close();
}
