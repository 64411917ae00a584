import type { Page } from "playwright-core";

/** Where a longitude/latitude is on the page (CSS pixels from the page's top left), through the app's map. */
export async function placePixel(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((position) => {
    const map = window.__map;
    if (!map) throw new Error("the page has no map (window.__map)");
    const canvas = map.getCanvas().getBoundingClientRect();
    const point = map.project(position);
    return { x: canvas.left + point.x, y: canvas.top + point.y };
  }, lngLat);
}

/**
 * Draws a line as an analyst would with the line tool active: a click a few pixels off each vertex (to the
 * right and below, so snapping has something to do), then Enter to finish.
 */
export async function drawLine(page: Page, lngLats: [number, number][], offsetPixels = 5): Promise<void> {
  for (const lngLat of lngLats) {
    const { x, y } = await placePixel(page, lngLat);
    await page.mouse.move(x + offsetPixels, y + offsetPixels);
    await page.mouse.click(x + offsetPixels, y + offsetPixels);
  }
  await page.keyboard.press("Enter");
}
