import type { ConfidenceLevel } from "../symbology/encodings.ts";

export type MinimumConfidence = "any" | ConfidenceLevel;

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** What a briefer chooses; the camera is MapLibre's own (its `map=` hash key). */
export type AppState = {
  visibleLayers: ReadonlySet<string>;
  /** Inclusive date range; null on a side means open. */
  range: { from: IsoDate | null; to: IsoDate | null };
  minimumConfidence: MinimumConfidence;
  /** The feature whose sourcing panel is open. */
  selected: string | null;
  /** The briefing tour's step on show, counted from 1; null when the tour is not open. */
  tourStep: number | null;
};

export function defaultState(defaultVisibleLayers: Iterable<string>): AppState {
  return {
    visibleLayers: new Set(defaultVisibleLayers),
    range: { from: null, to: null },
    minimumConfidence: "any",
    selected: null,
    tourStep: null,
  };
}

export const minimumConfidenceRank: Record<MinimumConfidence, number> = {
  any: 0,
  low: 1,
  moderate: 2,
  high: 3,
};

const dayMs = 86_400_000;

/** The filter values the map's global state takes; the `to` date counts to the end of its day. */
export function filterValuesOf(state: AppState) {
  return {
    rangeStartMs: state.range.from ? Date.parse(`${state.range.from}T00:00:00Z`) : -8_640_000_000_000_000,
    rangeEndMs: state.range.to
      ? Date.parse(`${state.range.to}T00:00:00Z`) + dayMs - 1
      : 8_640_000_000_000_000,
    minimumConfidenceRank: minimumConfidenceRank[state.minimumConfidence],
  };
}
