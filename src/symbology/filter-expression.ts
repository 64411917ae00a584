import type { ExpressionSpecification } from "maplibre-gl";

/**
 * Names of the style's global state. Filters read them with `["global-state", …]`, so a filter change is one
 * `map.setGlobalStateProperty` call instead of rebuilt layers or data.
 */
export const globalStateNames = {
  rangeStart: "rangeStartMs",
  rangeEnd: "rangeEndMs",
  minimumConfidence: "minimumConfidenceRank",
} as const;

/** The filter values, as numbers: expressions cannot parse ISO dates. */
export type FilterValues = {
  rangeStartMs: number;
  rangeEndMs: number;
  /** 0 shows everything, unsourced features included; 1 low and up; 2 moderate and up; 3 high only. */
  minimumConfidenceRank: number;
};

/** Far past and far future as the JavaScript Date range allows. */
export const openRange = { start: -8_640_000_000_000_000, end: 8_640_000_000_000_000 } as const;

export const unfilteredValues: FilterValues = {
  rangeStartMs: openRange.start,
  rangeEndMs: openRange.end,
  minimumConfidenceRank: 0,
};

/** The style's `state` declaration: unfiltered until the app sets its values. */
export const globalStateDefaults = Object.fromEntries(
  Object.entries(globalState(unfilteredValues)).map(([name, value]) => [name, { default: value }]),
);

export function globalState(values: FilterValues): Record<string, number> {
  return {
    [globalStateNames.rangeStart]: values.rangeStartMs,
    [globalStateNames.rangeEnd]: values.rangeEndMs,
    [globalStateNames.minimumConfidence]: values.minimumConfidenceRank,
  };
}

/** The properties the filter reads; `prepareFeature` in map/ adds them at load. */
export type FilterableProperties = {
  /** Absent for places, which have no period and always show. */
  start_ms?: number;
  /** The end of the period; an ongoing period ends in the far future. */
  end_ms?: number;
  /** 1 low, 2 moderate, 3 high, 0 unsourced; absent for places. */
  confidence_rank?: number;
};

/**
 * A feature is shown when its period overlaps the selected range and its confidence reaches the minimum.
 * `passesFilter` below is the same rule in JavaScript, for the counts in the panels; a unit test holds the two
 * together.
 */
export function visibilityFilter(): ExpressionSpecification {
  return [
    "all",
    [
      "any",
      ["!", ["has", "start_ms"]],
      [
        "all",
        ["<=", ["get", "start_ms"], ["global-state", globalStateNames.rangeEnd]],
        [">=", ["get", "end_ms"], ["global-state", globalStateNames.rangeStart]],
      ],
    ],
    [
      "any",
      ["!", ["has", "confidence_rank"]],
      [">=", ["get", "confidence_rank"], ["global-state", globalStateNames.minimumConfidence]],
    ],
  ];
}

export function passesFilter(properties: FilterableProperties, values: FilterValues): boolean {
  const inTime =
    properties.start_ms === undefined ||
    (properties.start_ms <= values.rangeEndMs && (properties.end_ms ?? openRange.end) >= values.rangeStartMs);
  const confident =
    properties.confidence_rank === undefined || properties.confidence_rank >= values.minimumConfidenceRank;
  return inTime && confident;
}
