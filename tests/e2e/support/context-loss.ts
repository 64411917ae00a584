import type { Page } from "playwright-core";

/** Loses the map's WebGL context the way a GPU reset does, keeping the extension's handle for `restoreContext`. */
export async function loseContext(page: Page): Promise<void> {
  await page.evaluate(() => {
    const gl = window.__map?.getCanvas().getContext("webgl2");
    const extension = gl?.getExtension("WEBGL_lose_context");
    if (!extension) throw new Error("this browser cannot simulate a lost WebGL context");
    (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = extension;
    extension.loseContext();
  });
}

/** Gives the context lost by `loseContext` back. */
export async function restoreContext(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext(),
  );
}
