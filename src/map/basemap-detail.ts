import basemapUrls from "virtual:basemap";
import type {
  GeoJSONSource,
  GeoJSONSourceSpecification,
  Map as MaplibreMap,
  StyleSpecification,
} from "maplibre-gl";
import { basemapSources, detailMinZoom, detailSourceIds } from "../symbology/basemap-layers.ts";
import { absoluteAll } from "./absolute-url.ts";

/*
 * MapLibre fetches and indexes a GeoJSON source's data when the source is added, whether or not a layer draws
 * it at the current zoom. The 10m detail (about 700 KB of GeoJSON) is drawn only from zoom 6, so its sources
 * start empty and get their files once the map comes within half a level of that zoom.
 */

const loadFromZoom = detailMinZoom - 0.5;

export const emptyDetail = { type: "FeatureCollection" as const, features: [] };

/** The file of a detail source, as the full basemap's sources name it. */
function detailFile(id: (typeof detailSourceIds)[number]): string {
  const source = basemapSources(absoluteAll(basemapUrls))[id] as GeoJSONSourceSpecification;
  return source.data as string;
}

function loadDetail(map: MaplibreMap): void {
  for (const id of detailSourceIds) {
    const source = map.getSource(id) as GeoJSONSource | undefined;
    if (source && typeof source.serialize().data !== "string") source.setData(detailFile(id));
  }
}

/** Gives the map's detail sources their files at the first zoom near `detailMinZoom` (at once if it is there). */
export function loadDetailWhenNeeded(map: MaplibreMap): void {
  const check = () => {
    if (map.getZoom() < loadFromZoom) return;
    map.off("zoom", check);
    loadDetail(map);
  };
  map.on("zoom", check);
  if (map.isStyleLoaded()) check();
  else map.once("load", check);
}

/** A copy of a style with the detail files in place: an export may be drawn at a zoom the screen has not seen. */
export function withBasemapDetail(style: StyleSpecification): StyleSpecification {
  const sources = { ...style.sources };
  for (const id of detailSourceIds) {
    const source = sources[id];
    if (source?.type === "geojson") sources[id] = { ...source, data: detailFile(id) };
  }
  return { ...style, sources };
}
