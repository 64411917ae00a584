/**
 * One symbology for map, legend and exported picture: how confidence and geometric precision look.
 * Cartographic convention (see the research notes): solid = established, dashed = probable, dotted = possible;
 * schematic lines are thinner and lighter so they never read as a surveyed route.
 */
export const confidenceLevels = ["low", "moderate", "high"] as const;
export type ConfidenceLevel = (typeof confidenceLevels)[number];

export const precisionLevels = ["exact", "approximate", "schematic"] as const;
export type PrecisionLevel = (typeof precisionLevels)[number];

export type DashPattern = readonly number[];

export const confidenceEncoding: Record<
  ConfidenceLevel,
  { label: string; meaning: string; dash: DashPattern; rank: number }
> = {
  high: { label: "High confidence", meaning: "solid line", dash: [1, 0], rank: 3 },
  moderate: { label: "Moderate confidence", meaning: "dashed line", dash: [3, 2], rank: 2 },
  // With round caps a zero-length dash draws a dot.
  low: { label: "Low confidence", meaning: "dotted line", dash: [0, 2], rank: 1 },
};

export const precisionEncoding: Record<
  PrecisionLevel,
  { label: string; meaning: string; opacity: number; widthFactor: number }
> = {
  exact: { label: "Exact geometry", meaning: "full weight", opacity: 1, widthFactor: 1 },
  approximate: { label: "Approximate geometry", meaning: "full weight", opacity: 0.95, widthFactor: 1 },
  schematic: { label: "Schematic geometry", meaning: "thinner and lighter", opacity: 0.6, widthFactor: 0.6 },
};

/** Line width in pixels before the precision factor: at least `base`, wider with the reported volume. */
export const lineWidth = { base: 3, volumeExtra: 4, hoverExtra: 2 } as const;

/**
 * Which of a feature's reported figures sets its line width: one stated rule, so that conflicting figures are
 * never merged into a number the map would invent. Publications of these kinds are a government's or the
 * UN's own statements.
 */
export const volumeWidthRule = {
  publicationKinds: ["government-statement", "sanctions-action", "intelligence-assessment", "un-document"],
  /** A distance is not a volume: a depot's distance from the border must not widen the line to it. */
  excludedUnits: ["km"],
  legend:
    "Line width: the latest volume a government or the UN gave for the line (by its as-of date), on a log scale within its unit; thin where none was given.",
} as const;

export const unsourcedColor = "#6f6f6f";
