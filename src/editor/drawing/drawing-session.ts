/*
 * Drawing and reshaping one geometry on the MapLibre map with terra-draw (https://terradraw.io), for the editor.
 * This module is loaded only with the editor's lazy chunk: nothing in the main app imports it.
 *
 * What the analyst does:
 * - Point: click the map once.
 * - Line: click each vertex; press Enter (or click the last vertex again) to finish; Escape cancels the line.
 * - Area: click each corner; press Enter (or click the first corner again) to close it; Escape cancels.
 * - Reshape: drag a vertex; click a midpoint to add a vertex there; right-click a vertex to delete it; the Delete
 *   key removes the whole geometry (onChange then gets null).
 * A vertex placed or dragged within `snapPixels` of a named place lands exactly on the place's coordinates.
 * A finished drawing replaces the geometry that was there.
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import {
  type GeoJSONStoreFeatures,
  type HexColor,
  type SnapToCustom,
  TerraDraw,
  TerraDrawLineStringMode,
  type TerraDrawMouseEvent,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
} from "terra-draw";
import { TerraDrawMapLibreGLAdapter } from "terra-draw-maplibre-gl-adapter";
import { type PlacePoint, snapToPlace } from "../../routing/index.ts";

export type DrawTool = "point" | "line" | "area" | "reshape";
export type DrawnGeometry =
  | { type: "Point"; coordinates: number[] }
  | { type: "LineString"; coordinates: number[][] }
  | { type: "Polygon"; coordinates: number[][][] };

export interface DrawingSession {
  /** Start drawing a new geometry of this kind (replacing the current one when finished), or reshape it. */
  setTool(tool: DrawTool): void;
  /** Show this geometry, ready to reshape (null clears). Never calls onChange. */
  load(geometry: DrawnGeometry | null): void;
  /** Removes terra-draw's layers and listeners from the map; the map is as before. */
  destroy(): void;
}

/** The prefix of the style layers and sources the drawing adds to the map. */
export const drawingLayerPrefix = "editor-drawing";

// The app's palette: the text colour for lines and outlines, white vertices ringed in it, the focus blue for
// the vertex being placed.
const ink: HexColor = "#1f2328";
const paper: HexColor = "#ffffff";
const focus: HexColor = "#0a5fb4";

const vertex = { color: paper, width: 5, outlineColor: ink, outlineWidth: 2 };

const modeOfTool = { point: "point", line: "linestring", area: "polygon", reshape: "select" } as const;
const modeOfGeometry = { Point: "point", LineString: "linestring", Polygon: "polygon" } as const;

function drawnGeometry(feature: GeoJSONStoreFeatures | undefined): DrawnGeometry | null {
  const geometry = feature?.geometry;
  if (geometry?.type === "Point") return { type: "Point", coordinates: [...geometry.coordinates] };
  if (geometry?.type === "LineString")
    return { type: "LineString", coordinates: geometry.coordinates.map((position) => [...position]) };
  if (geometry?.type === "Polygon")
    return {
      type: "Polygon",
      coordinates: geometry.coordinates.map((ring) => ring.map((position) => [...position])),
    };
  return null;
}

export function startDrawing(
  map: MapLibreMap,
  options: {
    places: readonly PlacePoint[];
    /** Vertices within this many screen pixels of a named place land exactly on it. Default 12. */
    snapPixels?: number;
    /** Called when a drawing is finished or a reshape (vertex drag) ends; not on every mouse move. */
    onChange(geometry: DrawnGeometry | null): void;
  },
): DrawingSession {
  const snapPixels = options.snapPixels ?? 12;
  const project = ([longitude, latitude]: [number, number]) => map.project([longitude, latitude]);
  const placeAt = (x: number, y: number) => snapToPlace({ x, y }, options.places, project, snapPixels);
  const toPlace: SnapToCustom = (event: TerraDrawMouseEvent) => {
    const place = placeAt(event.containerX, event.containerY);
    return place ? [...place.coordinates] : undefined;
  };
  const snapping = { toCustom: toPlace };
  const keyEvents = { cancel: "Escape", finish: "Enter" };
  // The vertices of lines and areas: white with a dark ring, the snapping target in the focus colour.
  const vertexStyles = {
    closingPointColor: paper,
    closingPointWidth: vertex.width,
    closingPointOutlineColor: ink,
    closingPointOutlineWidth: vertex.outlineWidth,
    snappingPointColor: focus,
    snappingPointWidth: vertex.width,
    snappingPointOutlineColor: paper,
    snappingPointOutlineWidth: vertex.outlineWidth,
    coordinatePointColor: paper,
    coordinatePointWidth: vertex.width,
    coordinatePointOutlineColor: ink,
    coordinatePointOutlineWidth: vertex.outlineWidth,
  } as const;

  const draw = new TerraDraw({
    // Five decimals (about a metre), as the shipped routes; every place has fewer, so a snapped vertex stays exact.
    adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: drawingLayerPrefix, coordinatePrecision: 5 }),
    modes: [
      new TerraDrawPointMode({
        styles: {
          pointColor: paper,
          pointWidth: 6,
          pointOutlineColor: ink,
          pointOutlineWidth: 2,
        },
      }),
      new TerraDrawLineStringMode({
        snapping,
        keyEvents,
        styles: {
          lineStringColor: ink,
          lineStringWidth: 3,
          ...vertexStyles,
        },
        showCoordinatePoints: true,
      }),
      new TerraDrawPolygonMode({
        snapping,
        keyEvents,
        styles: {
          fillColor: ink,
          fillOpacity: 0.12,
          outlineColor: ink,
          outlineWidth: 3,
          ...vertexStyles,
        },
        showCoordinatePoints: true,
      }),
      new TerraDrawSelectMode({
        // Only the loaded or drawn geometry is on the drawing layer; clicking off it must not let it go.
        allowManualDeselection: false,
        flags: Object.fromEntries(
          ["point", "linestring", "polygon"].map((mode) => [
            mode,
            {
              feature: {
                draggable: mode === "point",
                coordinates:
                  mode === "point"
                    ? undefined
                    : { draggable: true, snappable: snapping, midpoints: true, deletable: true },
              },
            },
          ]),
        ),
        styles: {
          selectedPointColor: paper,
          selectedPointWidth: 6,
          selectedPointOutlineColor: focus,
          selectedPointOutlineWidth: 2,
          selectedLineStringColor: ink,
          selectedLineStringWidth: 3,
          selectedPolygonColor: ink,
          selectedPolygonFillOpacity: 0.12,
          selectedPolygonOutlineColor: ink,
          selectedPolygonOutlineWidth: 3,
          selectionPointColor: paper,
          selectionPointWidth: vertex.width,
          selectionPointOutlineColor: ink,
          selectionPointOutlineWidth: vertex.outlineWidth,
          midPointColor: paper,
          midPointWidth: 3,
          midPointOutlineColor: ink,
          midPointOutlineWidth: 1,
        },
      }),
    ],
  });

  let currentId: string | number | undefined;
  /** True while the session itself changes the store, so that only the analyst's edits reach onChange. */
  let quiet = false;

  const withoutChanges = (change: () => void) => {
    quiet = true;
    try {
      change();
    } finally {
      quiet = false;
    }
  };

  const snapPoint = (id: string | number) => {
    const feature = draw.getSnapshotFeature(id);
    if (feature?.geometry.type !== "Point") return;
    const [longitude = 0, latitude = 0] = feature.geometry.coordinates;
    const screen = map.project([longitude, latitude]);
    const place = placeAt(screen.x, screen.y);
    if (place)
      withoutChanges(() =>
        draw.updateFeatureGeometry(id, { type: "Point", coordinates: [...place.coordinates] }),
      );
  };

  draw.on("finish", (id, context) => {
    if (context.mode === "select" || context.action !== "draw") {
      if (id === currentId) snapPoint(id);
      if (id === currentId) options.onChange(drawnGeometry(draw.getSnapshotFeature(id)));
      return;
    }
    // A new drawing replaces the one there was (only that one: terra-draw's own guidance points are its own).
    const previous = currentId;
    if (previous !== undefined && previous !== id && draw.hasFeature(previous))
      withoutChanges(() => draw.removeFeatures([previous]));
    currentId = id;
    snapPoint(id);
    options.onChange(drawnGeometry(draw.getSnapshotFeature(id)));
  });
  draw.on("change", (ids, type) => {
    if (quiet || type !== "delete" || currentId === undefined || !ids.includes(currentId)) return;
    currentId = undefined;
    options.onChange(null);
  });

  // Layers added to the map after the drawing's (an imported layer, the basemap's detail) must not cover it.
  const layerIds = () =>
    (map.getStyle()?.layers ?? [])
      .map((layer) => layer.id)
      .filter((layerId) => layerId.startsWith(`${drawingLayerPrefix}-`));
  const keepOnTop = () => {
    const layers = map.getStyle()?.layers ?? [];
    const drawing = layerIds();
    const top = layers.slice(layers.length - drawing.length).map((layer) => layer.id);
    if (drawing.length === 0 || drawing.every((layerId) => top.includes(layerId))) return;
    for (const layerId of drawing) map.moveLayer(layerId);
  };

  draw.start();
  keepOnTop();
  map.on("styledata", keepOnTop);

  let tool: DrawTool | undefined;
  // While a tool is on, a click on the map places or picks a vertex: it must not also reach the map's own click
  // listeners (which open the sourcing of the feature under it and move the focus there). terra-draw works from
  // pointer events, not from `click`.
  const canvas = map.getCanvas();
  const keepClick = (event: MouseEvent) => {
    if (tool !== undefined) event.stopPropagation();
  };
  // Enter and Escape reach terra-draw as key events on the map's canvas: the canvas takes the focus when the
  // analyst starts to draw on it.
  const focusCanvas = () => {
    if (tool !== undefined && document.activeElement !== canvas) canvas.focus({ preventScroll: true });
  };
  canvas.addEventListener("click", keepClick);
  canvas.addEventListener("pointerdown", focusCanvas);
  const selectCurrent = () => {
    if (currentId !== undefined && draw.hasFeature(currentId)) draw.selectFeature(currentId);
  };

  return {
    setTool(next) {
      tool = next;
      draw.setMode(modeOfTool[next]);
      if (next === "reshape") selectCurrent();
    },
    load(geometry) {
      withoutChanges(() => {
        draw.clear();
        currentId = undefined;
        if (!geometry) return;
        const [result] = draw.addFeatures([
          {
            type: "Feature",
            geometry,
            properties: { mode: modeOfGeometry[geometry.type] },
          } as GeoJSONStoreFeatures,
        ]);
        if (!result?.valid)
          throw new Error(`the drawing cannot show this ${geometry.type}: ${result?.reason}`);
        currentId = result.id;
        if (tool === "reshape") selectCurrent();
      });
    },
    destroy() {
      map.off("styledata", keepOnTop);
      canvas.removeEventListener("click", keepClick);
      canvas.removeEventListener("pointerdown", focusCanvas);
      draw.stop();
    },
  };
}
