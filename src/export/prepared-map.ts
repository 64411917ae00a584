import type { Map as MaplibreMap } from "maplibre-gl";
import {
  type CssSize,
  type DraftMap,
  exportStyle,
  type FeatureStateEntry,
  startOffscreenMap,
} from "./render-map.ts";

/**
 * One offscreen map loaded ahead of the click while the export dialog is open, so that "Download PNG" only has
 * the full-size frame, the composition and the PNG left to do. It is used only if nothing it was made from has
 * changed since: style (with data), view, global and feature state, size.
 */
let prepared: { key: string; draft: DraftMap } | null = null;

type Inputs = {
  size: CssSize;
  prepare: (map: MaplibreMap) => void;
  featureStates?: readonly FeatureStateEntry[];
};

function keyOf(
  live: MaplibreMap,
  size: CssSize,
  featureStates: Inputs["featureStates"],
  style: unknown,
): string {
  const camera = [live.getCenter().toArray(), live.getZoom(), live.getBearing(), live.getPitch()];
  const sizes = [size.cssWidth, size.cssHeight, live.getContainer().clientWidth];
  return JSON.stringify([sizes, camera, live.getGlobalState(), featureStates ?? [], style]);
}

export function prepareOffscreenMap(live: MaplibreMap, { size, prepare, featureStates }: Inputs): void {
  const style = exportStyle(live, size);
  const key = keyOf(live, size, featureStates, style);
  if (prepared?.key === key) return;
  discardPreparedMap();
  prepared = { key, draft: startOffscreenMap(live, size, prepare, featureStates, style) };
}

/** The prepared map when it still fits (handed over: one export each), or a new one. */
export function takeOffscreenMap(live: MaplibreMap, { size, prepare, featureStates }: Inputs): DraftMap {
  const style = exportStyle(live, size);
  const key = keyOf(live, size, featureStates, style);
  const taken = prepared;
  prepared = null;
  if (taken?.key === key) return taken.draft;
  taken?.draft.remove();
  return startOffscreenMap(live, size, prepare, featureStates, style);
}

export function discardPreparedMap(): void {
  prepared?.draft.remove();
  prepared = null;
}
