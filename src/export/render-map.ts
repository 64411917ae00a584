import { Map as MaplibreMap, type StyleSpecification } from "maplibre-gl";
import { completeFontFacesWhenNeeded } from "../fonts/font-faces.ts";
import { hiddenState } from "../symbology/hidden-state.ts";
import type { Scene, SceneCamera, ViewExtent } from "../symbology/scene.ts";
import {
  isSourceMarkerLayer,
  type SourceMarkerLabels,
  sourceMarkerDefaults,
  sourceMarkerLayers,
  sourceMarkerState,
} from "../symbology/source-markers.ts";

const isDataSource = (source: string) => !source.startsWith("basemap-");

/**
 * The style with footnote-marker layers over every GeoJSON data source, drawing nothing until they are given
 * labels. Vector-tile layers have no footnotes (and their layers would need a source layer).
 */
function withSourceMarkers(style: StyleSpecification): StyleSpecification {
  const sources = Object.entries(style.sources)
    .filter(([id, source]) => isDataSource(id) && source.type === "geojson")
    .map(([id]) => id);
  return {
    ...style,
    state: { ...style.state, ...sourceMarkerDefaults },
    layers: [
      ...style.layers.filter((layer) => !isSourceMarkerLayer(layer.id)),
      ...sources.flatMap(sourceMarkerLayers),
    ],
  };
}

/** The style with the scene's label visibility. */
function styleForScene(style: StyleSpecification, scene: Scene): StyleSpecification {
  const visibility = scene.layerVisibility;
  if (Object.keys(visibility).length === 0) return style;
  return {
    ...style,
    layers: style.layers.map((layer) => {
      const wanted = visibility[layer.id];
      return wanted === undefined || layer.type === "background"
        ? layer
        : ({ ...layer, layout: { ...layer.layout, visibility: wanted } } as typeof layer);
    }),
  };
}

export type RenderedMap = {
  canvas: HTMLCanvasElement;
  /** Ids of the data features drawn in the exported extent. */
  featureIds: Set<string>;
  metresPerCssPixel: { latitude: number; zoom: number };
  bearing: number;
  /** The camera the picture shows, with the zoom of the scene (the screen's), for its metadata. */
  view: SceneCamera;
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

/** How much the exported map's zoom is above the screen's: its CSS width over the live map's. */
export function exportZoomShift(live: MaplibreMap, size: CssSize): number {
  const liveWidth = live.getContainer().clientWidth || size.cssWidth;
  return Math.log2(size.cssWidth / liveWidth);
}

/**
 * The zoom and extent a scene's picture covers, for choosing the basemap files it draws. The extent is reckoned
 * from the camera (Web Mercator, 512-pixel tiles) with room to spare, whatever the bearing.
 */
export function sceneExtent(live: MaplibreMap, scene: Scene, size: CssSize): ViewExtent {
  const zoom = scene.camera.zoom + exportZoomShift(live, size);
  const [longitude, latitude] = scene.camera.center;
  const degreesPerPixel = 360 / (512 * 2 ** zoom);
  const half = (Math.max(size.cssWidth, size.cssHeight) / 2) * degreesPerPixel * 1.5;
  const latitudeHalf = half * Math.cos((latitude * Math.PI) / 180);
  return {
    zoom,
    bounds: [
      longitude - half,
      Math.max(-85, latitude - latitudeHalf),
      longitude + half,
      Math.min(85, latitude + latitudeHalf),
    ],
  };
}

/** An offscreen map on its way to loaded and idle at the draft ratio; not drawn at the export's yet. */
export type DraftMap = {
  loaded: Promise<MaplibreMap>;
  zoomShift: number;
  remove: () => void;
  /** For drawing another scene with the same map (see `redraftOffscreenMap`). */
  container: HTMLElement;
};

/**
 * Starts an offscreen map of the export's size with the live map's style, drawing `scene` — not an upscaled
 * screen capture. The extent matches the screen's: the zoom is shifted by how much wider the exported map is than
 * the map on screen.
 */
export function startOffscreenMap(
  live: MaplibreMap,
  size: CssSize,
  prepare: (map: MaplibreMap) => void,
  scene: Scene,
  style: StyleSpecification,
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
  const zoomShift = exportZoomShift(live, size);
  const map = new MaplibreMap({
    container,
    style: withSourceMarkers(styleForScene(style, scene)),
    center: scene.camera.center,
    zoom: scene.camera.zoom + zoomShift,
    bearing: scene.camera.bearing,
    pitch: scene.camera.pitch,
    pixelRatio: draftPixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxCanvasSize: [8192, 8192],
    // MapLibre's shaders smooth lines, circles, text and (with `fill-antialias`) fill edges already; 4× MSAA adds
    // nothing visible to the picture and, in software, much of its cost.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  });
  // The live map's style may still hold the first list of label fonts: a label of this view may need the rest.
  completeFontFacesWhenNeeded(map);
  const loaded = (async () => {
    // Images first: the style's layers ask for them on their first frame.
    prepare(map);
    await new Promise<void>((resolve, reject) => {
      map.once("load", () => resolve());
      map.once("error", (event) => reject(event.error));
    });
    for (const [name, value] of Object.entries(scene.globalState)) map.setGlobalStateProperty(name, value);
    for (const { source, id, state } of scene.featureStates) {
      if (map.getSource(source)) map.setFeatureState({ source, id }, state);
    }
    await map.once("idle");
    return map;
  })();
  // A draft given up before it loaded fails for no one; whoever draws it awaits `loaded` itself.
  loaded.catch(() => undefined);
  return {
    loaded,
    zoomShift,
    container,
    remove: () => {
      map.remove();
      container.remove();
    },
  };
}

/**
 * The map of a draft already drawn, made to draw another scene: resized, restyled by difference (sources and
 * layers that did not change are kept, parsed data and all), moved, and given the scene's state. A deck's steps
 * are drawn one after the other with one map instead of loading the style and data again for each.
 */
export function redraftOffscreenMap(
  previous: DraftMap,
  live: MaplibreMap,
  size: CssSize,
  scene: Scene,
  style: StyleSpecification,
): DraftMap {
  const { container } = previous;
  const zoomShift = exportZoomShift(live, size);
  const loaded = (async () => {
    const map = await previous.loaded;
    container.style.width = `${size.cssWidth}px`;
    container.style.height = `${size.cssHeight}px`;
    map.resize();
    map.setPixelRatio(draftPixelRatio);
    map.setStyle(withSourceMarkers(styleForScene(style, scene)), { diff: true });
    map.jumpTo({ ...scene.camera, zoom: scene.camera.zoom + zoomShift });
    map.triggerRepaint();
    await map.once("idle");
    for (const source of Object.keys(map.getStyle().sources).filter(isDataSource))
      map.removeFeatureState({ source });
    for (const [name, value] of Object.entries(scene.globalState)) map.setGlobalStateProperty(name, value);
    map.setGlobalStateProperty(sourceMarkerState.placed, {});
    map.setGlobalStateProperty(sourceMarkerState.forced, {});
    for (const { source, id, state } of scene.featureStates) {
      if (map.getSource(source)) map.setFeatureState({ source, id }, state);
    }
    map.triggerRepaint();
    await map.once("idle");
    return map;
  })();
  loaded.catch(() => undefined);
  return { loaded, zoomShift, container, remove: previous.remove };
}

/** Ids of the data features drawn; a feature hidden by its layer's toggle or the filters is transparent, not drawn. */
function drawnFeatureIds(map: MaplibreMap): Set<string> {
  return new Set(
    map
      .queryRenderedFeatures()
      .filter(
        (feature) =>
          isDataSource(feature.source) &&
          !isSourceMarkerLayer(feature.layer.id) &&
          !feature.state?.[hiddenState],
      )
      .map((feature) => String(feature.properties.id)),
  );
}

/**
 * Gives every drawn feature its footnote marker: first where the markers find room among each other and the
 * labels, then, for the features left without one, on the layer that may overlap.
 */
async function placeSourceMarkers(map: MaplibreMap, labels: SourceMarkerLabels): Promise<void> {
  map.setGlobalStateProperty(sourceMarkerState.placed, labels);
  await map.once("idle");
  const markerLayers = map
    .getStyle()
    .layers.filter((layer) => isSourceMarkerLayer(layer.id))
    .map((layer) => layer.id);
  const placed = new Set(
    map.queryRenderedFeatures({ layers: markerLayers }).map((feature) => String(feature.properties.id)),
  );
  const forced = Object.fromEntries(Object.entries(labels).filter(([id]) => !placed.has(id)));
  if (Object.keys(forced).length === 0) return;
  map.setGlobalStateProperty(sourceMarkerState.forced, forced);
  await map.once("idle");
}

/**
 * Draws a draft at the export's pixel ratio; the result's `remove` disposes of the map. `markers` turns the ids
 * of the features drawn into their footnote labels (absent: no markers).
 */
export async function drawOffscreenMap(
  draft: DraftMap,
  size: CssSize & { pixelRatio: number },
  markers?: (featureIds: Set<string>) => SourceMarkerLabels,
): Promise<RenderedMap> {
  try {
    const map = await draft.loaded;
    // Placement depends on the CSS size, not the ratio: what the draft draws, the picture draws.
    const featureIds = drawnFeatureIds(map);
    if (markers) await placeSourceMarkers(map, markers(featureIds));
    map.setPixelRatio(size.pixelRatio);
    await map.once("idle");
    const canvas = map.getCanvas();
    const expected = Math.round(size.cssWidth * size.pixelRatio);
    if (Math.abs(canvas.width - expected) > 1) {
      throw new Error(
        `The browser drew the map ${canvas.width} pixels wide instead of ${expected}; choose a smaller size or scale.`,
      );
    }
    const center = map.getCenter();
    return {
      canvas,
      featureIds,
      metresPerCssPixel: { latitude: center.lat, zoom: map.getZoom() },
      bearing: map.getBearing(),
      view: {
        center: [center.lng, center.lat],
        zoom: map.getZoom() - draft.zoomShift,
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      },
      remove: draft.remove,
    };
  } catch (error) {
    draft.remove();
    throw error;
  }
}
