import {
  type ConfidenceLevel,
  confidenceEncoding,
  confidenceLevels,
  type PrecisionLevel,
  precisionEncoding,
  volumeWidthRule,
} from "./encodings.ts";

export type LegendLayer = {
  id: string;
  title: string;
  color: string;
  kind: "routes" | "events" | "places" | "areas";
  role?: "flow" | "context";
};

export type LegendModel = {
  layers: Array<LegendLayer>;
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
  const notes = ["Arrows point in the alleged direction of flow.", volumeWidthRule.legend];
  if (options.hasUnsourced) notes.push("Grey features come from an imported file and carry no sourcing.");
  return {
    layers: visibleLayers,
    confidence: [...confidenceLevels].reverse().map((level) => ({ level, ...confidenceEncoding[level] })),
    precision: (["approximate", "schematic"] as const).map((level) => ({
      level,
      ...precisionEncoding[level],
    })),
    notes,
  };
}
