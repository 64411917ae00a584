import { Map as MaplibreMap } from "maplibre-gl";
import { type View, withBasemapDetail } from "../map/basemap-detail.ts";
import { hiddenState } from "../symbology/hidden-state.ts";

/** A feature state to set on the offscreen map: `getStyle()` does not carry feature state. */
export type FeatureStateEntry = { source: string; id: string; state: Record<string, boolean> };

export type RenderedMap = {
  canvas: HTMLCanvasElement;
  /** Ids of the data features drawn in the exported extent. */
  featureIds: Set<string>;
  metresPerCssPixel: { latitude: number; zoom: number };
  bearing: number;
  remove: () => void;
};

/**
 * The map loads its tiles, glyphs and labels at this pixel ratio and is drawn at the export's only once all is
 * loaded: every frame drawn while sources arrive would cost as much as the final one (up to seconds each at
 * 3840 × 2160 with software WebGL), and none of them is kept. Labels and tiles depend on the CSS size, not on the
 * ratio, so the final frame is the same as one drawn at the export's ratio from the start.
 */
const draftPixelRatio = 0.25;

export type CssSize = { cssWidth: number; cssHeight: number };

/** The exported map's zoom: the live one shifted by how much wider the exported map is than the one on screen. */
function exportZoom(live: MaplibreMap, size: CssSize): number {
  const liveWidth = live.getContainer().clientWidth || size.cssWidth;
  return live.getZoom() + Math.log2(size.cssWidth / liveWidth);
}

/** The live map's style with the basemap files the exported view draws (same extent, the export's zoom). */
export function exportStyle(live: MaplibreMap, size: CssSize) {
  const bounds = live.getBounds();
  const view: View = {
    zoom: exportZoom(live, size),
    bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
  };
  return withBasemapDetail(live.getStyle(), view);
}

/** An offscreen map on its way to loaded and idle at the draft ratio; not drawn at the export's yet. */
export type DraftMap = { loaded: Promise<MaplibreMap>; remove: () => void };

/**
 * Starts an offscreen map of the export's size with the live map's style, filters and view — not an upscaled
 * screen capture. The extent matches the screen's: the zoom is shifted by how much wider the exported map is than
 * the map on screen.
 */
export function startOffscreenMap(
  live: MaplibreMap,
  size: CssSize,
  prepare: (map: MaplibreMap) => void,
  featureStates: readonly FeatureStateEntry[] = [],
  style = exportStyle(live, size),
): DraftMap {
  const container = document.createElement("div");
  Object.assign(container.style, {
    position: "fixed",
    left: "-100000px",
    top: "0",
    width: `${size.cssWidth}px`,
    height: `${size.cssHeight}px`,
  });
  container.setAttribute("aria-hidden", "true");
  document.body.appendChild(container);
  const zoom = exportZoom(live, size);
  const map = new MaplibreMap({
    container,
    style,
    center: live.getCenter(),
    zoom,
    bearing: live.getBearing(),
    pitch: live.getPitch(),
    pixelRatio: draftPixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxCanvasSize: [8192, 8192],
    // MapLibre's shaders smooth lines, circles, text and (with `fill-antialias`) fill edges already; 4× MSAA adds
    // nothing visible to the picture and, in software, much of its cost.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  });
  const globalState = live.getGlobalState();
  const loaded = (async () => {
    // Images first: the style's layers ask for them on their first frame.
    prepare(map);
    await new Promise<void>((resolve, reject) => {
      map.once("load", () => resolve());
      map.once("error", (event) => reject(event.error));
    });
    for (const [name, value] of Object.entries(globalState)) map.setGlobalStateProperty(name, value);
    for (const { source, id, state } of featureStates) {
      if (map.getSource(source)) map.setFeatureState({ source, id }, state);
    }
    await map.once("idle");
    return map;
  })();
  // A draft given up before it loaded fails for no one; whoever draws it awaits `loaded` itself.
  loaded.catch(() => undefined);
  return {
    loaded,
    remove: () => {
      map.remove();
      container.remove();
    },
  };
}

/** Draws a draft at the export's pixel ratio; the result's `remove` disposes of the map. */
export async function drawOffscreenMap(
  draft: DraftMap,
  size: CssSize & { pixelRatio: number },
): Promise<RenderedMap> {
  try {
    const map = await draft.loaded;
    map.setPixelRatio(size.pixelRatio);
    await map.once("idle");
    const canvas = map.getCanvas();
    const expected = Math.round(size.cssWidth * size.pixelRatio);
    if (Math.abs(canvas.width - expected) > 1) {
      throw new Error(
        `The browser drew the map ${canvas.width} pixels wide instead of ${expected}; choose a smaller size or scale.`,
      );
    }
    const featureIds = new Set(
      map
        .queryRenderedFeatures()
        // A feature hidden by its layer's toggle or the filters is in the style, transparent: not in the picture.
        .filter((feature) => !feature.source.startsWith("basemap-") && !feature.state?.[hiddenState])
        .map((feature) => String(feature.properties.id)),
    );
    return {
      canvas,
      featureIds,
      metresPerCssPixel: { latitude: map.getCenter().lat, zoom: map.getZoom() },
      bearing: map.getBearing(),
      remove: draft.remove,
    };
  } catch (error) {
    draft.remove();
    throw error;
  }
}
