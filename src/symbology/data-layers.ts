import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
} from "maplibre-gl";
import type { LayerKind } from "../data/layer-groups.ts";
import { townDotImage } from "./basemap-layers.ts";
import { fonts } from "./basemap-palette.ts";
import { confidenceEncoding, lineWidth, precisionEncoding, unsourcedColor } from "./encodings.ts";
import { visibilityFilter } from "./filter-expression.ts";
import { hiddenState } from "./hidden-state.ts";

export type { LayerKind };

/** What the style needs to know of a manifest (or imported) layer. Its GeoJSON source has the same id. */
export type StyledLayer = {
  id: string;
  color: string;
  kind: LayerKind;
  /** Context layers (visits, journeys) draw thinner than the flows they frame: flows are read first. */
  role?: "flow" | "context";
};

/**
 * Context routes (journeys, visits) against flows: thinner and lighter, and drawn under them, so that at the first
 * view the munitions flow reads first and Kim's 2023 train, black and long, no longer does.
 */
export const contextEncoding = { widthFactor: 0.45, opacity: 0.5 } as const;

export const crossingImage = "short-line-ring";

/**
 * Below this zoom a flow's line that is too short to see (`short_line`, see short-line.ts) also gets a ring: the
 * Tumangang–Khasan crossing, the map's headline, is 4 km long, two or three pixels at the first view.
 */
export const crossingRingMaxZoom = 7;

export const arrowImage = "route-arrow";
export const hatchImage = "uncertain-area-hatch";

/**
 * How each kind of feature is drawn, in the numbers the map's paint, the on-screen legend and the exported legend
 * all read (legend-model.ts turns them into a legend sample per layer).
 */
export const kindStyle = {
  /** The hatch inside alleged areas (one image for every area layer), the dashed outline in the layer colour. */
  area: { hatchColor: "#7a5195", outlineWidth: 1.5, outlineDash: [2, 2], fillOpacity: 0.55 },
  event: { radius: 6, strokeColor: "#ffffff", strokeWidth: 2 },
  place: { color: "#3b3b3b", radius: 3, strokeColor: "#ffffff", strokeWidth: 1 },
} as const;

/** Hovered, selected, or highlighted by a briefing tour step: drawn wider, with a stronger halo. */
const isActive: ExpressionSpecification = [
  "any",
  ["boolean", ["feature-state", "hover"], false],
  ["boolean", ["feature-state", "selected"], false],
  ["boolean", ["feature-state", "highlight"], false],
];

const isHidden: ExpressionSpecification = ["boolean", ["feature-state", hiddenState], false];

/** A hidden feature (its layer off, or filtered out) draws with no opacity: a feature-state change, no re-tiling. */
function unlessHidden(opacity: ExpressionSpecification | number): ExpressionSpecification {
  return ["case", isHidden, 0, opacity];
}

/** Geometry types a kind's style layer draws. */
function geometryFilter(types: readonly string[]): ExpressionSpecification {
  return ["in", ["geometry-type"], ["literal", [...types]]];
}

/**
 * Labels that take part in collision also filter by the style's global state, so that a hidden label does not
 * keep its place from a shown one. `DataLayerController` sets that state once the map has drawn the change.
 */
function labelFilter(types: readonly string[]): ExpressionSpecification {
  return ["all", geometryFilter(types), visibilityFilter()];
}

function matchConfidence<T>(pick: (level: keyof typeof confidenceEncoding) => T, fallback: T) {
  return [
    "match",
    ["get", "confidence"],
    "high",
    pick("high"),
    "moderate",
    pick("moderate"),
    "low",
    pick("low"),
    fallback,
  ] as unknown as ExpressionSpecification;
}

function matchPrecision(pick: (level: keyof typeof precisionEncoding) => number): ExpressionSpecification {
  return [
    "match",
    ["get", "geometry_precision"],
    "exact",
    pick("exact"),
    "approximate",
    pick("approximate"),
    "schematic",
    pick("schematic"),
    pick("schematic"),
  ];
}

function featureColor(color: string): ExpressionSpecification {
  return ["case", ["boolean", ["get", "unsourced"], false], unsourcedColor, color];
}

/** Base width from the reported volume (0–1, scaled per unit at load), times the precision factor. */
const routeWidthAtZoom6: ExpressionSpecification = [
  "*",
  ["+", lineWidth.base, ["*", lineWidth.volumeExtra, ["coalesce", ["get", "volume_scale"], 0]]],
  matchPrecision((level) => precisionEncoding[level].widthFactor),
];

/** `zoom` may only drive a top-level interpolate, so the data-driven width is scaled inside each stop. */
function byZoom(extra: ExpressionSpecification | number, role: StyledLayer["role"]): ExpressionSpecification {
  const weight = role === "context" ? contextEncoding.widthFactor : 1;
  const stop = (factor: number): ExpressionSpecification => [
    "+",
    ["*", factor * weight, routeWidthAtZoom6],
    extra,
  ];
  return ["interpolate", ["linear"], ["zoom"], 2, stop(0.7), 6, stop(1), 10, stop(1.4)];
}

/** The parts a data layer is drawn with; each style layer says which it is, and so what it is for. */
const partRoles = {
  "crossing-ring": "drawing",
  casing: "drawing",
  line: "interactive",
  arrows: "drawing",
  fill: "interactive",
  outline: "drawing",
  "area-label": "colliding-label",
  shield: "colliding-label",
  marker: "interactive",
  date: "colliding-label",
  dot: "interactive",
  label: "colliding-label",
} as const;

export type LayerPart = keyof typeof partRoles;

/**
 * What a style layer is for: `interactive` layers take clicks and hovers; `colliding-label` layers take part in
 * label collision, so a hidden one must leave the map, not only turn transparent; `drawing` is everything else.
 */
export type LayerRole = (typeof partRoles)[LayerPart];

const metadataKey = "supply-route-map";
type PartMetadata = { [metadataKey]: { part: LayerPart; role: LayerRole } };

function part(layerId: string, name: LayerPart): { id: string; metadata: PartMetadata } {
  return { id: `${layerId}--${name}`, metadata: { [metadataKey]: { part: name, role: partRoles[name] } } };
}

/** The part and role a data style layer carries in its metadata; undefined for any other layer. */
export function partOf(spec: LayerSpecification): { part: LayerPart; role: LayerRole } | undefined {
  const metadata = spec.metadata as Partial<PartMetadata> | undefined;
  return metadata?.[metadataKey];
}

const lineTypes = ["LineString", "MultiLineString"];
const polygonTypes = ["Polygon", "MultiPolygon"];
const pointTypes = ["Point", "MultiPoint"];

/** Opacity by precision, and lighter for context routes. */
function routeOpacity(role: StyledLayer["role"]): ExpressionSpecification {
  const factor = role === "context" ? contextEncoding.opacity : 1;
  return unlessHidden(matchPrecision((level) => precisionEncoding[level].opacity * factor));
}

/** The ring that marks a flow's line too short to see at small scales (`crossingRingMaxZoom`). */
function crossingRingLayer(layer: StyledLayer): LayerSpecification {
  return {
    ...part(layer.id, "crossing-ring"),
    type: "symbol",
    source: layer.id,
    maxzoom: crossingRingMaxZoom,
    filter: ["all", geometryFilter(lineTypes), ["==", ["get", "short_line"], true]],
    layout: {
      "symbol-placement": "line-center",
      "icon-image": crossingImage,
      "icon-size": ["interpolate", ["linear"], ["zoom"], 3, 0.9, 6, 1.2],
      "icon-rotation-alignment": "viewport",
      "icon-allow-overlap": true,
      "icon-ignore-placement": true,
    },
    paint: {
      "icon-color": featureColor(layer.color),
      "icon-halo-color": "#ffffff",
      "icon-halo-width": 1.5,
      "icon-opacity": unlessHidden(1),
    },
  };
}

function routeLayers(layer: StyledLayer): LayerSpecification[] {
  const filter = geometryFilter(lineTypes);
  const casingOpacity = layer.role === "context" ? contextEncoding.opacity : 1;
  return [
    {
      ...part(layer.id, "casing"),
      type: "line",
      source: layer.id,
      filter,
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": "#ffffff",
        "line-opacity": unlessHidden(["case", isActive, 0.95, 0.7 * casingOpacity]),
        "line-width": byZoom(["case", isActive, 2 + lineWidth.hoverExtra * 2, 2], layer.role),
      },
    },
    {
      ...part(layer.id, "line"),
      type: "line",
      source: layer.id,
      filter,
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": featureColor(layer.color),
        "line-opacity": routeOpacity(layer.role),
        "line-width": byZoom(["case", isActive, lineWidth.hoverExtra, 0], layer.role),
        "line-dasharray": matchConfidence(
          (level) => ["literal", confidenceEncoding[level].dash],
          ["literal", confidenceEncoding.low.dash],
        ) as unknown as DataDrivenPropertyValueSpecification<number[]>,
      },
    },
    {
      ...part(layer.id, "arrows"),
      type: "symbol",
      source: layer.id,
      filter,
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 110,
        "icon-image": arrowImage,
        "icon-size": ["interpolate", ["linear"], ["zoom"], 2, 0.7, 8, 1.1],
        "icon-rotation-alignment": "map",
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
      },
      paint: {
        "icon-color": featureColor(layer.color),
        "icon-halo-color": "#ffffff",
        "icon-halo-width": 1,
        "icon-opacity": routeOpacity(layer.role),
      },
    },
    ...(layer.role === "context" ? [] : [crossingRingLayer(layer)]),
  ];
}

function areaLayers(layer: StyledLayer): LayerSpecification[] {
  const filter = geometryFilter(polygonTypes);
  return [
    {
      ...part(layer.id, "fill"),
      type: "fill",
      source: layer.id,
      filter,
      paint: {
        "fill-pattern": hatchImage,
        "fill-opacity": unlessHidden(["case", isActive, 0.9, kindStyle.area.fillOpacity]),
      },
    },
    {
      ...part(layer.id, "outline"),
      type: "line",
      source: layer.id,
      filter,
      paint: {
        "line-color": featureColor(layer.color),
        "line-width": ["case", isActive, 3, kindStyle.area.outlineWidth],
        "line-opacity": unlessHidden(1),
        "line-dasharray": [...kindStyle.area.outlineDash],
      },
    },
    {
      ...part(layer.id, "area-label"),
      type: "symbol",
      source: layer.id,
      filter: labelFilter(polygonTypes),
      layout: {
        "text-field": ["get", "label"],
        "text-font": [...fonts.bold],
        "text-size": 12,
        "text-max-width": 12,
      },
      paint: {
        "text-color": layer.color,
        "text-halo-color": "#ffffff",
        "text-halo-width": 1.5,
        "text-opacity": unlessHidden(1),
      },
    },
  ];
}

/**
 * An invisible symbol over a place dot: it keeps the basemap's towns and ports (placed after every data layer) off
 * the data's own places, so that no town dot sits beside the data's dot for the same place. Places only: event
 * markers stand at places already, and an imported layer (drawn as events) may hold 100,000 points, each of which
 * would be placed on every frame that places labels.
 */
function shieldLayer(layer: StyledLayer, filter: ExpressionSpecification, scale: number): LayerSpecification {
  return {
    ...part(layer.id, "shield"),
    type: "symbol",
    source: layer.id,
    filter,
    layout: {
      "icon-image": townDotImage,
      "icon-size": scale,
      "icon-allow-overlap": true,
      "icon-padding": 0,
    },
    paint: { "icon-opacity": 0 },
  };
}

function eventLayers(layer: StyledLayer): LayerSpecification[] {
  return [
    {
      ...part(layer.id, "marker"),
      type: "circle",
      source: layer.id,
      filter: geometryFilter(pointTypes),
      paint: {
        "circle-color": featureColor(layer.color),
        "circle-radius": ["case", isActive, 9, kindStyle.event.radius],
        "circle-stroke-color": kindStyle.event.strokeColor,
        "circle-stroke-width": kindStyle.event.strokeWidth,
        "circle-stroke-opacity": unlessHidden(1),
        "circle-opacity": unlessHidden(matchConfidence((level) => (level === "low" ? 0.6 : 1), 0.6)),
      },
    },
    {
      ...part(layer.id, "date"),
      type: "symbol",
      source: layer.id,
      filter: labelFilter(pointTypes),
      minzoom: 4,
      layout: {
        "text-field": ["step", ["zoom"], ["get", "date_label"], 6, ["get", "short_label"]],
        "text-font": [...fonts.regular],
        "text-size": 11,
        "text-variable-anchor": ["top-left", "bottom-left", "top-right", "bottom-right"],
        "text-radial-offset": 0.8,
        "text-max-width": 14,
        "text-optional": true,
      },
      paint: {
        "text-color": "#333333",
        "text-halo-color": "#ffffff",
        "text-halo-width": 1.5,
        "text-opacity": unlessHidden(1),
      },
    },
  ];
}

function placeLayers(layer: StyledLayer): LayerSpecification[] {
  // rank 1 labels from zoom 3, rank 2 from 5, rank 3 from 7.
  const byRank: ExpressionSpecification = [
    "<=",
    ["coalesce", ["get", "rank"], 3],
    ["step", ["zoom"], 0, 3, 1, 5, 2, 7, 3],
  ];
  return [
    shieldLayer(layer, ["all", geometryFilter(pointTypes), byRank], 2.5),
    {
      ...part(layer.id, "dot"),
      type: "circle",
      source: layer.id,
      filter: ["all", geometryFilter(pointTypes), byRank],
      paint: {
        "circle-color": kindStyle.place.color,
        "circle-radius": ["case", isActive, 5, kindStyle.place.radius],
        "circle-stroke-color": kindStyle.place.strokeColor,
        "circle-stroke-width": kindStyle.place.strokeWidth,
        "circle-opacity": unlessHidden(1),
        "circle-stroke-opacity": unlessHidden(1),
      },
    },
    {
      ...part(layer.id, "label"),
      type: "symbol",
      source: layer.id,
      // Places have no period or confidence: only their layer's visibility hides their labels.
      filter: ["all", geometryFilter(pointTypes), byRank],
      layout: {
        // The local name joins from zoom 6: below it the Tumangang–Rajin–Vladivostok cluster has no room for
        // two lines a place.
        "text-field": [
          "step",
          ["zoom"],
          ["get", "name"],
          6,
          [
            "format",
            ["get", "name"],
            {},
            ["case", ["has", "native_name"], "\n", ""],
            {},
            ["coalesce", ["get", "native_name"], ""],
            { "font-scale": 0.85 },
          ],
        ],
        "text-padding": 3,
        "text-font": [...fonts.regular],
        "text-size": ["interpolate", ["linear"], ["zoom"], 3, 11, 8, 13],
        "text-variable-anchor": ["left", "right", "top", "bottom"],
        "text-radial-offset": 0.6,
        "text-justify": "auto",
        "symbol-sort-key": ["coalesce", ["get", "rank"], 3],
      },
      paint: {
        "text-color": "#262626",
        "text-halo-color": "#ffffff",
        "text-halo-width": 1.6,
        "text-opacity": unlessHidden(1),
      },
    },
  ];
}

const factories: Record<LayerKind, (layer: StyledLayer) => LayerSpecification[]> = {
  routes: routeLayers,
  areas: areaLayers,
  events: eventLayers,
  places: placeLayers,
};

/** The MapLibre layers that draw one data layer, bottom-up. */
export function styleLayersFor(layer: StyledLayer): LayerSpecification[] {
  return factories[layer.kind](layer);
}

/**
 * The labels that collide with others (not the arrows, which overlap freely): hidden ones must leave the map,
 * not only turn transparent, so their visibility and filter follow the hidden state (see DataLayerController).
 */
export function collidingLabelIds(layer: StyledLayer): string[] {
  return idsWithRole(styleLayersFor(layer), "colliding-label");
}

/** The layers clicks and hovers hit (not casings, arrows or labels). */
export function interactiveLayerIds(layer: StyledLayer): string[] {
  return idsWithRole(styleLayersFor(layer), "interactive");
}

export function idsWithRole(specs: readonly LayerSpecification[], role: LayerRole): string[] {
  return specs.filter((spec) => partOf(spec)?.role === role).map((spec) => spec.id);
}

/**
 * Drawing order across data layers: areas under routes under events under places, so that labels stay on top
 * of every line and markers on top of the lines that lead to them.
 */
export const kindOrder: Record<LayerKind, number> = { areas: 0, routes: 1, events: 2, places: 3 };
