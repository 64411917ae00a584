import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { securityHeaders } from "../../scripts/security-headers.ts";
import { describe, expect, test } from "./support/fixtures.ts";

// `npm run preview` exactly as README gives it (its port moved to a free one), over the `dist/` that the e2e
// set-up has just built.
let preview: ChildProcess;
let previewUrl: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  preview = spawn("npm", ["run", "preview", "--", "--port", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let output = "";
  previewUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run preview did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (url) {
        clearTimeout(timer);
        resolve(url[0]);
      }
    };
    preview.stdout?.on("data", read);
    preview.stderr?.on("data", read);
    preview.on("exit", (code) => reject(new Error(`npm run preview exited (${code}):\n${output}`)));
  });
});

afterAll(async () => {
  // npm starts vite in its own process group: end the whole group.
  if (preview?.pid) process.kill(-preview.pid, "SIGTERM");
});

describe("npm run preview", () => {
  test("sends the security headers with the page and with its assets", async () => {
    const page = await fetch(previewUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^assets\/.+\.js$/);
    const asset = await fetch(new URL(script ?? "", previewUrl));
    expect(asset.status).toBe(200);
    for (const response of [page, asset]) {
      for (const [name, value] of securityHeaders) expect(response.headers.get(name), name).toBe(value);
    }
  });

  test("another site cannot frame the app", async ({ browser }) => {
    // A page on another origin (another port) that puts the app in an iframe, as a clickjacking page would.
    const framing: Server = createServer((_request, response) => {
      response.setHeader("Content-Type", "text/html");
      response.end(`<!doctype html><iframe id="app" src="${previewUrl}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => framing.listen(0, "127.0.0.1", resolve));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const console: string[] = [];
      page.on("console", (message) => console.push(message.text()));
      await page.goto(`http://127.0.0.1:${(framing.address() as AddressInfo).port}/`);
      // Chromium refuses the frame and says why; a framed app would load its own page and title instead.
      await expect.poll(() => console.some((text) => text.includes("frame-ancestors"))).toBe(true);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      const title = await frame?.evaluate(() => document.title).catch(() => "");
      expect(title ?? "").not.toContain("supply routes");
    } finally {
      await context.close();
      await new Promise((resolve) => framing.close(resolve));
    }
  });
});
