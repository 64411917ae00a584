import type { ConfidenceLevel } from "../symbology/encodings.ts";
import { openRange } from "../symbology/filter-expression.ts";

export type MinimumConfidence = "any" | ConfidenceLevel;

import type { CalendarDay } from "../data/iso-date-ms.ts";

export type { CalendarDay };

/**
 * Which layers are shown: the manifest's defaults until the briefer (a link, a toggle, a tour step) chooses. A
 * choice keeps ids the app does not know yet (imported layers still being restored, or a layer of another
 * version): what is drawn is the choice met with the layers there are (`visibleLayerIds`).
 */
export type LayerChoice = { kind: "default" } | { kind: "chosen"; ids: ReadonlySet<string> };

/** The layers there are, in panel order, and those shown by default. */
export type LayerCatalogue = { order: readonly string[]; defaults: ReadonlySet<string> };

/** What a briefer chooses; the camera is MapLibre's own (its `map=` hash key). */
export type AppState = {
  layers: LayerChoice;
  /** Inclusive date range; null on a side means open. */
  range: { from: CalendarDay | null; to: CalendarDay | null };
  minimumConfidence: MinimumConfidence;
  /** The feature whose sourcing panel is open. */
  selected: string | null;
  /** The briefing tour's step on show, counted from 1; null when the tour is not open. */
  tourStep: number | null;
  /** Footnote markers on the map: each feature's source numbers, as listed under the legend. */
  sourceNumbers: boolean;
};

export function defaultState(): AppState {
  return {
    layers: { kind: "default" },
    range: { from: null, to: null },
    minimumConfidence: "any",
    selected: null,
    tourStep: null,
    sourceNumbers: false,
  };
}

export const emptyCatalogue: LayerCatalogue = { order: [], defaults: new Set() };

export function layerCatalogue(
  layers: ReadonlyArray<{ id: string; defaultVisible: boolean }>,
): LayerCatalogue {
  return {
    order: layers.map((layer) => layer.id),
    defaults: new Set(layers.filter((layer) => layer.defaultVisible).map((layer) => layer.id)),
  };
}

/** The layers drawn: the choice, or the defaults, among the layers there are. */
export function visibleLayerIds(choice: LayerChoice, catalogue: LayerCatalogue): ReadonlySet<string> {
  if (choice.kind === "default") return catalogue.defaults;
  return new Set(catalogue.order.filter((id) => choice.ids.has(id)));
}

function chosen(ids: Iterable<string>): LayerChoice {
  return { kind: "chosen", ids: new Set(ids) };
}

/** The ids a change starts from: the choice as it stands, unknown ids included, or the defaults. */
function chosenIds(choice: LayerChoice, catalogue: LayerCatalogue): ReadonlySet<string> {
  return choice.kind === "default" ? catalogue.defaults : choice.ids;
}

export function toggleLayer(
  state: AppState,
  catalogue: LayerCatalogue,
  id: string,
  visible: boolean,
): AppState {
  const ids = new Set(chosenIds(state.layers, catalogue));
  if (visible) ids.add(id);
  else ids.delete(id);
  return { ...state, layers: chosen(ids) };
}

/** Every layer there is, and any chosen layer still to come. */
export function showAllLayers(state: AppState, catalogue: LayerCatalogue): AppState {
  return { ...state, layers: chosen([...catalogue.order, ...chosenIds(state.layers, catalogue)]) };
}

export function hideAllLayers(state: AppState): AppState {
  return { ...state, layers: chosen([]) };
}

/** Layers just imported are shown, whatever was chosen before; with no choice made they are shown anyway. */
export function revealLayers(state: AppState, ids: readonly string[]): AppState {
  if (
    state.layers.kind === "default" ||
    ids.every((id) => state.layers.kind === "chosen" && state.layers.ids.has(id))
  )
    return state;
  return { ...state, layers: chosen([...state.layers.ids, ...ids]) };
}

export function chooseLayers(state: AppState, ids: Iterable<string>): AppState {
  return { ...state, layers: chosen(ids) };
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
    rangeStartMs: state.range.from ? Date.parse(`${state.range.from}T00:00:00Z`) : openRange.start,
    rangeEndMs: state.range.to ? Date.parse(`${state.range.to}T00:00:00Z`) + dayMs - 1 : openRange.end,
    minimumConfidenceRank: minimumConfidenceRank[state.minimumConfidence],
  };
}
