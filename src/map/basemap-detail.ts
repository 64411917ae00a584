import basemapUrls from "virtual:basemap";
import type {
  GeoJSONSource,
  GeoJSONSourceSpecification,
  Map as MaplibreMap,
  StyleSpecification,
} from "maplibre-gl";
import {
  basemapSources,
  type DeferredSourceId,
  deferredSourceIds,
  deferredSources,
  eastRegion,
  type LoadCondition,
} from "../symbology/basemap-layers.ts";
import type { ViewExtent } from "../symbology/scene.ts";
import { absoluteAll } from "./absolute-url.ts";

/*
 * MapLibre fetches and indexes a GeoJSON source's data when the source is added, whether or not a layer draws
 * it at the current zoom. The 10m detail (about 700 KB of GeoJSON) and Natural Earth's full-detail rivers, lakes,
 * towns and ports are drawn only from zoom 6, and the overview's western part only once the view leaves the Far
 * East: those sources start empty and get their files when the view needs them (`deferredSources`).
 */

export const emptyDetail = { type: "FeatureCollection" as const, features: [] };

/** What decides whether a deferred source is needed: the zoom and the bounds (west, south, east, north). */
export type View = ViewExtent;

/** The live map asks this much below a source's first zoom, so that it is there when the zoom gets there. */
const liveZoomMargin = 0.5;

export function isNeeded(condition: LoadCondition, view: View, zoomMargin = 0): boolean {
  if (view.zoom < condition.drawnFromZoom - zoomMargin) return false;
  const [west, south, east, north] = view.bounds;
  const [regionWest, regionSouth, regionEast, regionNorth] = eastRegion;
  if (condition.region === "east") {
    return east >= regionWest && west <= regionEast && north >= regionSouth && south <= regionNorth;
  }
  if (condition.region === "west") return west < regionWest || south < regionSouth;
  return true;
}

/** The file of a deferred source, as the full basemap's sources name it. */
function deferredFile(id: DeferredSourceId): string {
  const source = basemapSources(absoluteAll(basemapUrls))[id] as GeoJSONSourceSpecification;
  return source.data as string;
}

function viewOf(map: MaplibreMap): View {
  const bounds = map.getBounds();
  return {
    zoom: map.getZoom(),
    bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
  };
}

/** Gives each deferred source of the map its file once the view needs it (at once for those needed already). */
export function loadDetailWhenNeeded(map: MaplibreMap): void {
  const waiting = new Set<DeferredSourceId>(deferredSourceIds);
  const check = () => {
    const view = viewOf(map);
    for (const id of [...waiting]) {
      if (!isNeeded(deferredSources[id], view, liveZoomMargin)) continue;
      waiting.delete(id);
      const source = map.getSource(id) as GeoJSONSource | undefined;
      if (source && typeof source.serialize().data !== "string") source.setData(deferredFile(id));
    }
    if (waiting.size === 0) map.off("move", check);
  };
  map.on("move", check);
  if (map.isStyleLoaded()) check();
  else map.once("load", check);
}

/**
 * A copy of a style with the files an exported view draws: an export may be drawn at a zoom or over an extent
 * the screen has not seen. Sources the export does not draw stay empty (each would cost the offscreen map its
 * parsing and tiling).
 */
export function withBasemapDetail(style: StyleSpecification, view: View): StyleSpecification {
  const sources = { ...style.sources };
  for (const id of deferredSourceIds) {
    const source = sources[id];
    if (source?.type === "geojson" && isNeeded(deferredSources[id], view)) {
      sources[id] = { ...source, data: deferredFile(id) };
    }
  }
  return { ...style, sources };
}
