import { contextEncoding, kindStyle, type LayerKind } from "./data-layers.ts";
import {
  type ConfidenceLevel,
  confidenceEncoding,
  confidenceLevels,
  lineWidth,
  type PrecisionLevel,
  precisionEncoding,
  volumeWidthRule,
} from "./encodings.ts";

export type LegendLayer = {
  id: string;
  title: string;
  color: string;
  kind: LayerKind;
  role?: "flow" | "context";
};

/**
 * What a legend draws beside a layer's title, in the map's own numbers (line widths in pixels at the legend's
 * scale, dash lengths in line widths as MapLibre counts them). The screen and the picture draw only this.
 */
export type LegendSample =
  | { shape: "line"; color: string; width: number; opacity: number; dash: readonly number[] }
  | {
      shape: "area";
      outlineColor: string;
      outlineWidth: number;
      outlineDash: readonly number[];
      hatchColor: string;
    }
  | { shape: "dot"; fill: string; radius: number; strokeColor: string; strokeWidth: number };

export function legendSample(layer: Pick<LegendLayer, "color" | "kind" | "role">): LegendSample {
  switch (layer.kind) {
    case "routes": {
      const context = layer.role === "context";
      return {
        shape: "line",
        color: layer.color,
        width: lineWidth.base * (context ? contextEncoding.widthFactor : 1),
        opacity: context ? contextEncoding.opacity : 1,
        dash: confidenceEncoding.high.dash,
      };
    }
    case "areas":
      return {
        shape: "area",
        outlineColor: layer.color,
        outlineWidth: kindStyle.area.outlineWidth,
        outlineDash: kindStyle.area.outlineDash,
        hatchColor: kindStyle.area.hatchColor,
      };
    case "events":
      return {
        shape: "dot",
        fill: layer.color,
        radius: kindStyle.event.radius,
        strokeColor: kindStyle.event.strokeColor,
        strokeWidth: kindStyle.event.strokeWidth,
      };
    case "places":
      return {
        shape: "dot",
        fill: kindStyle.place.color,
        radius: kindStyle.place.radius,
        strokeColor: kindStyle.place.strokeColor,
        strokeWidth: kindStyle.place.strokeWidth,
      };
  }
}

export type LegendModel = {
  layers: Array<LegendLayer & { sample: LegendSample }>;
  confidence: Array<{ level: ConfidenceLevel; label: string; meaning: string; dash: readonly number[] }>;
  precision: Array<{
    level: PrecisionLevel;
    label: string;
    meaning: string;
    opacity: number;
    widthFactor: number;
  }>;
  notes: string[];
};

/**
 * What the legend says: built from the same encodings the map layers use, so map, on-screen legend and
 * exported picture cannot drift apart.
 */
export function legendModel(
  visibleLayers: LegendLayer[],
  options: { hasUnsourced?: boolean } = {},
): LegendModel {
  const notes = [
    "Arrows point in the alleged direction of flow.",
    volumeWidthRule.legend,
    "Journeys and visits that give context are drawn thinner and lighter, under the flows.",
    "Zoomed out, a ring marks a line too short to see (the Tumangang–Khasan rail crossing).",
  ];
  if (options.hasUnsourced) notes.push("Grey features come from an imported file and carry no sourcing.");
  return {
    layers: visibleLayers.map((layer) => ({ ...layer, sample: legendSample(layer) })),
    confidence: [...confidenceLevels].reverse().map((level) => ({ level, ...confidenceEncoding[level] })),
    precision: (["approximate", "schematic"] as const).map((level) => ({
      level,
      ...precisionEncoding[level],
    })),
    notes,
  };
}
