import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { inject } from "vitest";

export type AppSession = {
  page: Page;
  context: BrowserContext;
  /** Every request the page (and its workers, where Playwright sees them) made, in order. */
  requests: Request[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close: () => Promise<void>;
};

export const appUrl = () => inject("appUrl");

export async function openSession(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    bypassCSP?: boolean;
    timezoneId?: string;
    /** A phone or tablet: touch events (`page.touchscreen.tap`), a coarse pointer and a mobile viewport. */
    touch?: boolean;
  } = {},
): Promise<AppSession> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    bypassCSP: options.bypassCSP ?? false,
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { page, context, requests, errors, close: () => context.close() };
}

/** Runs `run` against the app in a fresh browser context (its own storage), which is always closed after. */
export async function withAppIn(
  browser: Browser,
  run: (session: AppSession) => Promise<void>,
  hash = "",
  options: Parameters<typeof openSession>[1] = {},
): Promise<void> {
  const session = await openSession(browser, options);
  try {
    await openApp(session, hash);
    await run(session);
  } finally {
    await session.close();
  }
}

/** Opens the app (with an optional `#hash`) and waits until the map says it is ready. */
export async function openApp(session: AppSession, hash = ""): Promise<void> {
  await session.page.goto(`${appUrl()}${hash}`);
  await waitForMapReady(session.page);
}

export async function waitForMapReady(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout, state: "attached" });
}
