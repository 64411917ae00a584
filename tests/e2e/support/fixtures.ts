import type { Browser } from "playwright-core";
import { test as base } from "vitest";
import { launchChromium } from "../../../scripts/browser/chromium.ts";

/**
 * The end-to-end tests' `test`: one Chromium per spec file (`browser`, started on first use and closed after the
 * file), and every test opens its own context and page from it (`withAppIn` in app-driver.ts), so no state
 * passes from one test to the next.
 */
export const test = base.extend<{ browser: Browser }>({
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: "file" },
  ],
});

export { describe, expect } from "vitest";
