import type { Map as MaplibreMap, StyleSpecification } from "maplibre-gl";
import type { Scene } from "../symbology/scene.ts";
import { type CssSize, type DraftMap, startOffscreenMap } from "./render-map.ts";

/**
 * One offscreen map loaded ahead of the click while the export dialog is open, so that "Download PNG" only has
 * the full-size frame, the composition and the PNG left to do. It is used only if nothing it was made from has
 * changed since: style (with data), scene (view, global and feature state), size.
 */
let prepared: { key: string; draft: DraftMap } | null = null;

type Inputs = {
  size: CssSize;
  prepare: (map: MaplibreMap) => void;
  scene: Scene;
  /** The style to draw: the live map's, with whatever a picture needs that the screen may not have loaded. */
  style: StyleSpecification;
};

function keyOf(live: MaplibreMap, size: CssSize, scene: Scene, style: unknown): string {
  const sizes = [size.cssWidth, size.cssHeight, live.getContainer().clientWidth];
  return JSON.stringify([sizes, scene, style]);
}

export function prepareOffscreenMap(live: MaplibreMap, { size, prepare, scene, style }: Inputs): void {
  const key = keyOf(live, size, scene, style);
  if (prepared?.key === key) return;
  discardPreparedMap();
  prepared = { key, draft: startOffscreenMap(live, size, prepare, scene, style) };
}

/** The prepared map when it still fits (handed over: one export each), or a new one. */
export function takeOffscreenMap(live: MaplibreMap, { size, prepare, scene, style }: Inputs): DraftMap {
  const key = keyOf(live, size, scene, style);
  const taken = prepared;
  prepared = null;
  if (taken?.key === key) return taken.draft;
  taken?.draft.remove();
  return startOffscreenMap(live, size, prepare, scene, style);
}

export function discardPreparedMap(): void {
  prepared?.draft.remove();
  prepared = null;
}
