import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from "maplibre-gl";
import { fonts, basemapPalette as palette } from "./basemap-palette.ts";

export const basemapFileNames = [
  "world-land",
  "detail-water",
  "detail-land",
  "detail-coast",
  "borders",
  "borders-west",
  "detail-borders",
  "country-labels",
  "water-towns-east",
  "water-towns-west",
  "detail-water-towns-east",
  "detail-water-towns-west",
] as const;

export type BasemapUrls = Record<(typeof basemapFileNames)[number], string>;

/** Constant text: nothing from a data file may reach the attribution control (GHSA-jrc7-96c5-q579). */
export const basemapAttribution = "Basemap: Natural Earth (public domain), via world-atlas";

/** Sprite-free symbols, drawn by map/map-images.ts. */
export const townDotImage = "basemap-town-dot";
export const portImage = "basemap-port";

/**
 * Where the first view and the story's core lie (west, south, east, north). Natural Earth's rivers, lakes and
 * towns are cut in two along it (scripts/basemap-natural-earth.ts): the first load carries only this part.
 */
export const eastRegion: [number, number, number, number] = [110, 30, 180, 90];

/** The sources that hold Natural Earth's rivers, lakes, towns and ports: overview, then full detail. */
const naturalEarthSources = {
  overview: ["basemap-water-towns-east", "basemap-water-towns-west"],
  detail: ["basemap-detail-water-towns-east", "basemap-detail-water-towns-west"],
} as const;

export function basemapSources(urls: BasemapUrls): Record<string, SourceSpecification> {
  const source = (data: string, extra: Partial<SourceSpecification> = {}) =>
    ({ type: "geojson", data, ...extra }) as SourceSpecification;
  return {
    "basemap-world-land": source(urls["world-land"], { attribution: basemapAttribution }),
    "basemap-detail-water": source(urls["detail-water"]),
    "basemap-detail-land": source(urls["detail-land"]),
    "basemap-detail-coast": source(urls["detail-coast"]),
    "basemap-borders": source(urls.borders),
    "basemap-borders-west": source(urls["borders-west"]),
    "basemap-detail-borders": source(urls["detail-borders"]),
    "basemap-country-labels": source(urls["country-labels"]),
    "basemap-water-towns-east": source(urls["water-towns-east"]),
    "basemap-water-towns-west": source(urls["water-towns-west"]),
    "basemap-detail-water-towns-east": source(urls["detail-water-towns-east"]),
    "basemap-detail-water-towns-west": source(urls["detail-water-towns-west"]),
  };
}

/**
 * The 10m land, coast and water mask are drawn from this zoom on; below it the 50m world is as sharp as the
 * screen. The app's first view (zoom ≈ 4.7 on a 960-pixel map) then needs no 10m tiles, which cut the CPU time
 * a cold load takes by about 0.9 s with software WebGL (`npm run bench`). Borders too: the 50m line below this
 * zoom, the 10m one inside the detail box from it (its own file, loaded with the detail); their 50m lines are
 * cut along `eastRegion` like Natural Earth's overview.
 */
export const detailMinZoom = 6;

/**
 * When a source that starts empty gets its file (map/basemap-detail.ts): once the view reaches the zoom its layers
 * are drawn from (the live map asks half a level early) and, for a regional part, overlaps that region ("east",
 * `eastRegion`) or reaches beyond it ("west").
 */
export type LoadCondition = { drawnFromZoom: number; region?: "east" | "west" };

export const deferredSources = {
  "basemap-detail-water": { drawnFromZoom: detailMinZoom },
  "basemap-detail-land": { drawnFromZoom: detailMinZoom },
  "basemap-detail-coast": { drawnFromZoom: detailMinZoom },
  "basemap-detail-borders": { drawnFromZoom: detailMinZoom },
  "basemap-water-towns-west": { drawnFromZoom: 0, region: "west" },
  "basemap-borders-west": { drawnFromZoom: 0, region: "west" },
  "basemap-detail-water-towns-east": { drawnFromZoom: detailMinZoom, region: "east" },
  "basemap-detail-water-towns-west": { drawnFromZoom: detailMinZoom, region: "west" },
} as const satisfies Record<string, LoadCondition>;

export type DeferredSourceId = keyof typeof deferredSources;
export const deferredSourceIds = Object.keys(deferredSources) as DeferredSourceId[];

const kindIs = (kind: string): ExpressionSpecification => ["==", ["get", "kind"], kind];
/** Filters see the tile's whole zoom: a feature appears at the first whole level at or above its `minzoom`. */
const fromItsZoom = (property: "minzoom" | "labelzoom"): ExpressionSpecification => [
  "<=",
  ["get", property],
  ["zoom"],
];

type Tier = keyof typeof naturalEarthSources;

/** Overview layers hand over to the detail ones at `detailMinZoom`; towns are split by zoom, not generalised. */
function tierZooms(tier: Tier, generalised: boolean): { minzoom?: number; maxzoom?: number } {
  if (!generalised) return {};
  return tier === "overview" ? { maxzoom: detailMinZoom } : { minzoom: detailMinZoom };
}

function forEachSource(make: (source: string, tier: Tier) => LayerSpecification): LayerSpecification[] {
  return (["overview", "detail"] as const).flatMap((tier) =>
    naturalEarthSources[tier].map((source) => make(source, tier)),
  );
}

/** Lakes are water: ocean-coloured, outlined like the coast. */
function lakeLayers(): LayerSpecification[] {
  return forEachSource((source, tier) => ({
    id: `${source}--lakes`,
    type: "fill",
    source,
    ...tierZooms(tier, true),
    filter: ["all", kindIs("lake"), fromItsZoom("minzoom")],
    paint: { "fill-color": palette.ocean, "fill-outline-color": palette.coast, "fill-antialias": true },
  }));
}

/** Rivers by rank and zoom: `weight` is 1 for the great rivers (and at least 0.8 for the border rivers). */
function riverLayers(): LayerSpecification[] {
  const weight: ExpressionSpecification = ["get", "weight"];
  return forEachSource((source, tier) => ({
    id: `${source}--rivers`,
    type: "line",
    source,
    ...tierZooms(tier, true),
    filter: ["all", kindIs("river"), fromItsZoom("minzoom")],
    layout: { "line-join": "round", "line-cap": "round" },
    paint: {
      "line-color": palette.river,
      "line-width": [
        "interpolate",
        ["linear"],
        ["zoom"],
        3,
        ["*", 0.9, weight],
        6,
        ["*", 1.6, weight],
        9,
        ["*", 2.6, weight],
        12,
        ["*", 4, weight],
      ],
    },
  }));
}

/** English name, and the local one under it (or beside it, along a river) from `localFrom` on. */
function nameWithLocal(localFrom: number, separator: string): ExpressionSpecification {
  return [
    "step",
    ["zoom"],
    ["get", "name"],
    localFrom,
    [
      "format",
      ["get", "name"],
      {},
      ["case", ["has", "local"], separator, ""],
      {},
      ["coalesce", ["get", "local"], ""],
      { "font-scale": 0.85 },
    ],
  ];
}

const waterLabelPaint = {
  "text-color": palette.waterLabel,
  "text-halo-color": palette.labelHalo,
  "text-halo-width": 1.2,
} as const;

function waterLabelLayers(): LayerSpecification[] {
  const riverLabels = forEachSource((source, tier) => ({
    id: `${source}--river-labels`,
    type: "symbol",
    source,
    ...tierZooms(tier, true),
    filter: ["all", kindIs("river"), fromItsZoom("labelzoom")],
    layout: {
      "symbol-placement": "line",
      "symbol-spacing": 350,
      "text-field": nameWithLocal(8, " · "),
      "text-font": [...fonts.regular],
      "text-size": ["interpolate", ["linear"], ["zoom"], 5, 10, 10, 12],
      "text-letter-spacing": 0.08,
      "text-max-angle": 45,
      "symbol-sort-key": ["get", "rank"],
    },
    paint: waterLabelPaint,
  }));
  const lakeLabels = forEachSource((source, tier) => ({
    id: `${source}--lake-labels`,
    type: "symbol",
    source,
    ...tierZooms(tier, true),
    filter: ["all", kindIs("lake-label"), fromItsZoom("labelzoom")],
    layout: {
      "text-field": nameWithLocal(7, "\n"),
      "text-font": [...fonts.regular],
      "text-size": ["interpolate", ["linear"], ["zoom"], 3, 10, 8, 12],
      "text-letter-spacing": 0.08,
      "text-max-width": 8,
      "symbol-sort-key": ["get", "rank"],
    },
    paint: waterLabelPaint,
  }));
  return [...riverLabels, ...lakeLabels];
}

/**
 * Towns: a dot and a name that are placed together or not at all, below every data layer, so that the data's own
 * places and labels win every collision (MapLibre places the upper layers' symbols first).
 */
function townLayers(): LayerSpecification[] {
  const bySize = (small: number, middle: number, large: number): ExpressionSpecification => [
    "match",
    ["get", "size"],
    2,
    large,
    1,
    middle,
    small,
  ];
  const towns = forEachSource((source) => ({
    id: `${source}--towns`,
    type: "symbol",
    source,
    filter: ["all", kindIs("town"), fromItsZoom("minzoom")],
    layout: {
      "icon-image": townDotImage,
      "icon-size": bySize(0.8, 0.9, 1.1),
      "text-field": ["get", "name"],
      "text-font": [...fonts.regular],
      "text-size": ["interpolate", ["linear"], ["zoom"], 3, bySize(9, 10, 11), 9, bySize(11, 12, 13)],
      "text-variable-anchor": ["left", "right", "top", "bottom"],
      "text-radial-offset": 0.5,
      "text-justify": "auto",
      "text-max-width": 8,
      "symbol-sort-key": ["get", "sort"],
      "text-padding": 3,
    },
    paint: {
      "icon-color": palette.town,
      "text-color": palette.townLabel,
      "text-halo-color": palette.labelHalo,
      "text-halo-width": 1.2,
    },
  }));
  const ports = naturalEarthSources.detail.map(
    (source): LayerSpecification => ({
      id: `${source}--ports`,
      type: "symbol",
      source,
      minzoom: 7,
      filter: kindIs("port"),
      layout: {
        "icon-image": portImage,
        "icon-size": ["interpolate", ["linear"], ["zoom"], 7, 0.8, 11, 1],
        "icon-padding": 1,
      },
      paint: { "icon-color": palette.port },
    }),
  );
  return [...ports, ...towns];
}

/**
 * Drawn bottom-up: the 10m detail (water mask, land, coast) covers the 50m world inside its box; rivers and lakes
 * lie under the borders (the Tumen *is* the border: its dashes read over the river); labels go above all lines,
 * the country names on top (placed first), then towns, ports, lakes and rivers.
 */
export function basemapLayers(): LayerSpecification[] {
  const coastWidth: LayerSpecification["paint"] = {
    "line-color": palette.coast,
    "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.4, 8, 1.2],
  };
  const borderStyle = {
    layout: { "line-join": "round" },
    paint: {
      "line-color": palette.border,
      "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.5, 8, 1.4],
      "line-dasharray": [4, 2],
    },
  } as const satisfies Pick<LayerSpecification & { type: "line" }, "layout" | "paint">;
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
    // Lakes over rivers: Natural Earth's lake centre lines (the Angara through Baikal) end at the shore.
    ...riverLayers(),
    ...lakeLayers(),
    {
      id: "basemap-borders",
      type: "line",
      source: "basemap-borders",
      // Inside the detail box the 50m line gives way to the 10m one at the tiles of `detailMinZoom`.
      filter: ["any", ["!", ["get", "inDetailBox"]], ["<", ["zoom"], detailMinZoom]],
      ...borderStyle,
    },
    { id: "basemap-borders-west", type: "line", source: "basemap-borders-west", ...borderStyle },
    {
      id: "basemap-detail-borders",
      type: "line",
      source: "basemap-detail-borders",
      minzoom: detailMinZoom,
      ...borderStyle,
    },
    ...waterLabelLayers(),
    ...townLayers(),
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
