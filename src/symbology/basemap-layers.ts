import type { LayerSpecification, SourceSpecification } from "maplibre-gl";
import { fonts, basemapPalette as palette } from "./basemap-palette.ts";

export type BasemapUrls = Record<
  "world-land" | "detail-water" | "detail-land" | "detail-coast" | "borders" | "country-labels",
  string
>;

/** Constant text: nothing from a data file may reach the attribution control (GHSA-jrc7-96c5-q579). */
export const basemapAttribution = "Basemap: Natural Earth (public domain), via world-atlas";

export function basemapSources(urls: BasemapUrls): Record<string, SourceSpecification> {
  const source = (data: string, extra: Partial<SourceSpecification> = {}) =>
    ({ type: "geojson", data, ...extra }) as SourceSpecification;
  return {
    "basemap-world-land": source(urls["world-land"], { attribution: basemapAttribution }),
    "basemap-detail-water": source(urls["detail-water"]),
    "basemap-detail-land": source(urls["detail-land"]),
    "basemap-detail-coast": source(urls["detail-coast"]),
    "basemap-borders": source(urls.borders),
    "basemap-country-labels": source(urls["country-labels"]),
  };
}

/**
 * The 10m land, coast and water mask are drawn from this zoom on; below it the 50m world is as sharp as the
 * screen. The app's first view (zoom ≈ 4.7 on a 960-pixel map) then needs no 10m tiles, which cut the CPU time
 * a cold load takes by about 0.9 s with software WebGL (`npm run bench`). Borders keep their 10m line at every
 * zoom: it is one file.
 */
export const detailMinZoom = 6;

/** The sources only the 10m detail layers read: loaded once the map nears `detailMinZoom` (map/basemap-detail.ts). */
export const detailSourceIds = [
  "basemap-detail-water",
  "basemap-detail-land",
  "basemap-detail-coast",
] as const;

/** Drawn bottom-up: the 10m detail (water mask, land, coast) covers the 50m world inside its box. */
export function basemapLayers(): LayerSpecification[] {
  const coastWidth: LayerSpecification["paint"] = {
    "line-color": palette.coast,
    "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.4, 8, 1.2],
  };
  return [
    { id: "basemap-ocean", type: "background", paint: { "background-color": palette.ocean } },
    {
      id: "basemap-world-land",
      type: "fill",
      source: "basemap-world-land",
      paint: { "fill-color": palette.land, "fill-antialias": true },
    },
    { id: "basemap-world-coast", type: "line", source: "basemap-world-land", paint: coastWidth },
    {
      id: "basemap-detail-water",
      type: "fill",
      source: "basemap-detail-water",
      minzoom: detailMinZoom,
      paint: { "fill-color": palette.ocean, "fill-antialias": false },
    },
    {
      id: "basemap-detail-land",
      type: "fill",
      source: "basemap-detail-land",
      minzoom: detailMinZoom,
      paint: { "fill-color": palette.land, "fill-antialias": false },
    },
    {
      id: "basemap-detail-coast",
      type: "line",
      source: "basemap-detail-coast",
      minzoom: detailMinZoom,
      paint: coastWidth,
    },
    {
      id: "basemap-borders",
      type: "line",
      source: "basemap-borders",
      layout: { "line-join": "round" },
      paint: {
        "line-color": palette.border,
        "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.5, 8, 1.4],
        "line-dasharray": [4, 2],
      },
    },
    {
      id: "basemap-country-labels",
      type: "symbol",
      source: "basemap-country-labels",
      // Small countries only once zoomed in; `size` is the vertex count of the country's main polygon.
      filter: [">=", ["get", "size"], ["step", ["zoom"], 120, 3, 40, 5, 0]],
      layout: {
        "text-field": ["upcase", ["get", "name"]],
        "text-font": [...fonts.regular],
        "text-size": ["interpolate", ["linear"], ["zoom"], 2, 10, 6, 13],
        "text-letter-spacing": 0.15,
        "text-max-width": 7,
        "symbol-sort-key": ["-", 0, ["get", "size"]],
      },
      paint: {
        "text-color": palette.countryLabel,
        "text-halo-color": palette.labelHalo,
        "text-halo-width": 1.2,
      },
    },
  ];
}
