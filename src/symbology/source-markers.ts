import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { fonts } from "./basemap-palette.ts";

/**
 * Footnote markers: beside every feature drawn, the numbers of the sources that back it, matching the numbered
 * source list of the picture, slide or page. The labels are a style global-state object (feature id → "3, 7–9"),
 * so numbering a view sets one property instead of rewriting data. Markers collide with each other and with the
 * labels; a feature whose marker found no room is listed under `forced` and drawn on a second layer that may
 * overlap, so no feature drawn goes without its numbers.
 */
export const sourceMarkerState = { placed: "sourceNumbers", forced: "sourceNumbersForced" } as const;

export type SourceMarkerLabels = Record<string, string>;

export const sourceMarkerDefaults = {
  [sourceMarkerState.placed]: { default: {} },
  [sourceMarkerState.forced]: { default: {} },
};

const markerPrefix = "source-numbers-";

export function isSourceMarkerLayer(id: string): boolean {
  return id.startsWith(markerPrefix);
}

function labelOf(stateName: string): ExpressionSpecification {
  return ["get", ["to-string", ["get", "id"]], ["object", ["global-state", stateName]]];
}

function hasLabel(stateName: string): ExpressionSpecification {
  return ["has", ["to-string", ["get", "id"]], ["object", ["global-state", stateName]]];
}

const lineGeometry: ExpressionSpecification = [
  "match",
  ["geometry-type"],
  ["LineString", "MultiLineString"],
  true,
  false,
];

const textStyle = {
  "text-font": [...fonts.bold] as string[],
  "text-size": 11,
  "text-padding": 3,
};

const paint = {
  "text-color": "#1f2328",
  "text-halo-color": "#ffffff",
  "text-halo-width": 2,
} as const;

/** The marker layers for one data source: lines get numbers beside the line, points and areas beside the shape. */
export function sourceMarkerLayers(source: string): LayerSpecification[] {
  return (["placed", "forced"] as const).flatMap((kind): LayerSpecification[] => {
    const state = sourceMarkerState[kind];
    const overlap = kind === "forced";
    return [
      {
        id: `${markerPrefix}${source}-lines-${kind}`,
        type: "symbol",
        source,
        filter: ["all", lineGeometry, hasLabel(state)],
        layout: {
          ...textStyle,
          "text-field": labelOf(state),
          "symbol-placement": overlap ? "line-center" : "line",
          "symbol-spacing": 320,
          "text-rotation-alignment": "viewport",
          "text-pitch-alignment": "viewport",
          "text-offset": [0, -1],
          "text-allow-overlap": overlap,
        },
        paint,
      },
      {
        id: `${markerPrefix}${source}-shapes-${kind}`,
        type: "symbol",
        source,
        filter: ["all", ["!", lineGeometry], hasLabel(state)],
        layout: {
          ...textStyle,
          "text-field": labelOf(state),
          "text-variable-anchor": ["left", "right", "top", "bottom", "top-left", "bottom-right"],
          "text-radial-offset": 0.9,
          "text-justify": "auto",
          "text-allow-overlap": overlap,
        },
        paint,
      },
    ];
  });
}

/** "1, 3–5, 9": a feature's source numbers as its marker shows them. */
export function markerLabel(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (let index = 1; index <= sorted.length; index++) {
    const first = sorted[start] as number;
    const previous = sorted[index - 1] as number;
    if (index < sorted.length && sorted[index] === previous + 1) continue;
    parts.push(
      previous - first >= 2
        ? `${first}–${previous}`
        : previous === first
          ? `${first}`
          : `${first}, ${previous}`,
    );
    start = index;
  }
  return parts.join(", ");
}
