import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll } from "vitest";
import { waitForMapReady } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";

// `npm start` serves the app from Vite's development server, where React's StrictMode mounts everything twice.
let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({
    configFile: "vite.config.ts",
    logLevel: "warn",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  await server.listen();
});

afterAll(async () => {
  await server?.close();
});

describe("the development server (npm start)", () => {
  test("the map becomes ready through React's double mount, with no warning or error in the console", async ({
    browser,
  }) => {
    const address = server.httpServer?.address();
    if (!address || typeof address === "string") throw new Error("the dev server has no port");
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const messages: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "warning" || message.type() === "error") messages.push(message.text());
      });
      page.on("pageerror", (error) => messages.push(error.message));
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await waitForMapReady(page, 120_000);
      expect(await page.getByRole("checkbox").count()).toBeGreaterThan(3);
      // React's development build advertises its DevTools; everything else is ours to explain.
      expect(messages.filter((text) => !text.includes("React DevTools"))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
