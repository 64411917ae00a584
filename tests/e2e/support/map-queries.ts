import type { FeatureCollection } from "geojson";
import type { GeoJSONSource } from "maplibre-gl";
import type { Page } from "playwright-core";

/** Layer ids of one data layer's style layers, read from the live style. */
export async function styleLayerIdsOf(page: Page, layerId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      window.__map
        ?.getStyle()
        .layers.filter((layer) => "source" in layer && layer.source === id)
        .map((layer) => layer.id) ?? [],
    layerId,
  );
}

/**
 * Whether each style layer of a data layer is drawn: "none" when its `visibility` is none or when every feature
 * of the layer has the `hidden` feature state (how the app hides a switched-off layer without re-tiling).
 * Waits for the map to be ready first, so that labels have followed the last change.
 */
export async function visibilityOf(page: Page, layerId: string): Promise<string[]> {
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 30_000 });
  return page.evaluate(async (id) => {
    const map = window.__map;
    const source = map?.getSource(id) as GeoJSONSource | undefined;
    if (!map || !source) return [];
    const data = (await source.getData()) as FeatureCollection;
    const anyShown = data.features.some(
      (feature) => map.getFeatureState({ source: id, id: String(feature.properties?.id) }).hidden !== true,
    );
    return map
      .getStyle()
      .layers.filter((layer) => "source" in layer && layer.source === id)
      .map((layer) =>
        map.getLayoutProperty(layer.id, "visibility") === "none" || !anyShown ? "none" : "visible",
      );
  }, layerId);
}

/** Ids of the data features MapLibre has drawn in the viewport, per source. */
export async function renderedFeatureIds(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const map = window.__map;
    if (!map) return {};
    const result: Record<string, string[]> = {};
    for (const feature of map.queryRenderedFeatures()) {
      // Hidden features stay in the style, transparent: they are not drawn.
      if (feature.source.startsWith("basemap-") || feature.state?.hidden === true) continue;
      const id = String(feature.properties.id);
      const list = result[feature.source] ?? [];
      if (!list.includes(id)) list.push(id);
      result[feature.source] = list;
    }
    return result;
  });
}

/**
 * A screen point on a rendered feature of `layer` (a style layer id) that no other data feature shares,
 * found with queryRenderedFeatures and project, as a user would aim at a line.
 */
export async function pointOnRenderedFeature(
  page: Page,
  styleLayer: string,
): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate((layerId) => {
    const map = window.__map;
    if (!map) return null;
    const canvas = map.getCanvas().getBoundingClientRect();
    const interactive = map
      .getStyle()
      .layers.filter((layer) => /--(line|fill|marker|dot)$/.test(layer.id))
      .map((layer) => layer.id);
    for (const feature of map.queryRenderedFeatures({ layers: [layerId] })) {
      const geometry = feature.geometry;
      const positions =
        geometry.type === "LineString"
          ? geometry.coordinates
          : geometry.type === "MultiLineString"
            ? geometry.coordinates.flat()
            : geometry.type === "Point"
              ? [geometry.coordinates]
              : [];
      for (let index = 0; index < positions.length; index++) {
        const from = positions[index];
        const to = positions[index + 1] ?? from;
        if (!from || !to) continue;
        const a = map.project(from as [number, number]);
        const b = map.project(to as [number, number]);
        const point = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (point.x < 20 || point.y < 20 || point.x > canvas.width - 20 || point.y > canvas.height - 20)
          continue;
        const hits = map.queryRenderedFeatures(
          [
            [point.x - 5, point.y - 5],
            [point.x + 5, point.y + 5],
          ],
          { layers: interactive },
        );
        const ids = new Set(hits.map((hit) => String(hit.properties.id)));
        if (ids.size === 1 && ids.has(String(feature.properties.id))) {
          return { x: canvas.left + point.x, y: canvas.top + point.y, id: String(feature.properties.id) };
        }
      }
    }
    return null;
  }, styleLayer);
}

/** A screen point where two or more data features lie under one click (the same 5-pixel slack as the app). */
export async function pointWithSeveralFeatures(
  page: Page,
): Promise<{ x: number; y: number; ids: string[] } | null> {
  return page.evaluate(() => {
    const map = window.__map;
    if (!map) return null;
    const canvas = map.getCanvas().getBoundingClientRect();
    const interactive = map
      .getStyle()
      .layers.filter((layer) => /--(line|fill|marker|dot)$/.test(layer.id))
      .map((layer) => layer.id);
    for (const feature of map.queryRenderedFeatures({ layers: interactive })) {
      if (feature.geometry.type !== "Point") continue;
      const point = map.project(feature.geometry.coordinates as [number, number]);
      if (point.x < 20 || point.y < 20 || point.x > canvas.width - 20 || point.y > canvas.height - 20)
        continue;
      const hits = map.queryRenderedFeatures(
        [
          [point.x - 5, point.y - 5],
          [point.x + 5, point.y + 5],
        ],
        { layers: interactive },
      );
      const ids = [...new Set(hits.map((hit) => String(hit.properties.id)))];
      if (ids.length >= 2) return { x: canvas.left + point.x, y: canvas.top + point.y, ids };
    }
    return null;
  });
}
