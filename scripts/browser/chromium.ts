import { existsSync } from "node:fs";
import { type Browser, chromium, type LaunchOptions } from "playwright-core";

/** Debian's Chromium; Playwright's own browser download does not work on our machines. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The end-to-end tests need a real browser: install Debian's with ` +
        "`sudo apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
  }
  return path;
}

/**
 * Software WebGL (SwiftShader) for machines without a GPU, and no background traffic from the browser itself,
 * so that every request a test sees comes from the app.
 */
export const chromiumFlags = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumFlags, ...(options.args ?? [])],
    ...options,
  });
}
