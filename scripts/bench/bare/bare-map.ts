/**
 * The benchmark's bare MapLibre page: no React, no panels, no validation — the app's own map set-up, style
 * factories and layer controller, with the same GeoJSON files added as they are. What the app costs on top of
 * this is what the benchmark reports.
 *
 * `?size=WIDTHxHEIGHT` sizes the map like the app's map column (the rest of the page is the app's sidebar), so
 * both fit the same initial bounds at the same zoom. The container gets `data-map-ready="true"` at the first
 * idle after the data is on the map: the app's readiness contract.
 */
import "../../../src/map/maplibre-init.ts";
import type { FeatureCollection } from "geojson";
import { addProtocol, Map as MaplibreMap, type StyleSpecification } from "maplibre-gl";
import { completeFontFacesWhenNeeded } from "../../../src/fonts/font-faces.ts";
import { loadDetailWhenNeeded } from "../../../src/map/basemap-detail.ts";
import { DataLayerController, type MapDataLayer } from "../../../src/map/data-layer-controller.ts";
import { initialBounds } from "../../../src/map/initial-view.ts";
import { addMapImages } from "../../../src/map/map-images.ts";
import { type LayerKind, styleLayersFor } from "../../../src/symbology/data-layers.ts";
import { roleOfGroup } from "../../../src/symbology/groups.ts";
import { isShortLine } from "../../../src/symbology/short-line.ts";
import { tileSourceId, tileStyleLayers } from "../../../src/tiles/tile-layers.ts";

const dataFiles = import.meta.glob("../../../geojson/*.{json,geojson}", {
  query: "?url",
  import: "default",
  eager: true,
}) as Record<string, string>;

type ManifestEntry = {
  id: string;
  color: string;
  kind: LayerKind;
  group: string;
  file: string;
  visible: boolean;
};

function urlOf(name: string): string {
  const entry = Object.entries(dataFiles).find(([path]) => path.endsWith(`/${name}`));
  if (!entry) throw new Error(`No data file ${name}`);
  return entry[1];
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The layer files as they are, plus the label properties the app's preparation adds (label texts only: the
 * time and confidence filters let features without their numeric properties through, so everything shows).
 */
async function loadLayers(): Promise<{ layers: MapDataLayer[]; visible: Set<string> }> {
  const manifest = await fetchJson<{ layers: ManifestEntry[] }>(urlOf("layers.json"));
  const layers = await Promise.all(
    manifest.layers.map(async (entry): Promise<MapDataLayer> => {
      const collection = await fetchJson<FeatureCollection>(urlOf(entry.file));
      for (const feature of collection.features) {
        feature.properties ??= {};
        const properties = feature.properties;
        const start = (properties.period as { start?: string } | undefined)?.start ?? "";
        properties.label ??= properties.title;
        properties.date_label = start;
        properties.short_label = `${start} · ${String(properties.title ?? "")}`;
        if (feature.geometry?.type === "LineString" && isShortLine(feature.geometry.coordinates)) {
          properties.short_line = true;
        }
      }
      return {
        id: entry.id,
        color: entry.color,
        kind: entry.kind,
        role: roleOfGroup(entry.group),
        data: collection,
        features: collection.features.map((feature) => ({
          id: String(feature.properties?.id),
          properties: feature.properties ?? {},
        })),
      };
    }),
  );
  return {
    layers,
    visible: new Set(manifest.layers.filter((entry) => entry.visible).map((entry) => entry.id)),
  };
}

declare global {
  interface Window {
    /** Adds a GeoJSON file as one more data layer and resolves with the milliseconds until the map is idle. */
    __bareLoad?: (url: string, mode: "object" | "url") => Promise<number>;
    /** Draws a PMTiles archive's points from a File, as the app does, and resolves with the ms until idle. */
    __bareLoadPmtiles?: (file: File, sourceLayer: string) => Promise<number>;
  }
}

function idleWith(map: MaplibreMap, sourceId: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (map.loaded() && map.isSourceLoaded(sourceId)) resolve();
      else map.once("idle", check);
    };
    map.once("idle", check);
  });
}

export function startBareMap(style: StyleSpecification): void {
  const container = document.getElementById("map") as HTMLDivElement;
  const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(window.location.search).get("size") ?? "");
  if (size) Object.assign(container.style, { width: `${size[1]}px`, height: `${size[2]}px` });
  // Started at once, like the app's data: the fetches overlap the style and basemap loading.
  const data = loadLayers();
  const map = new MaplibreMap({
    container,
    style,
    bounds: initialBounds,
    attributionControl: false,
    fadeDuration: 0,
    maxZoom: 11,
    canvasContextAttributes: { antialias: false },
  });
  window.__map = map;
  loadDetailWhenNeeded(map);
  completeFontFacesWhenNeeded(map);
  const controller = new DataLayerController(map);
  let dataOnMap = false;
  map.on("idle", () => {
    if (dataOnMap && map.loaded()) container.setAttribute("data-map-ready", "true");
  });
  map.once("load", async () => {
    addMapImages(map, "#7a5195");
    const { layers, visible } = await data;
    controller.addLayers(layers);
    controller.setShown({ visible, filters: null, matching: null });
    dataOnMap = true;
  });
  window.__bareLoad = async (url, mode) => {
    const started = performance.now();
    const id = "bench-synthetic";
    const source =
      mode === "url" ? new URL(url, document.baseURI).href : await fetchJson<FeatureCollection>(url);
    map.addSource(id, { type: "geojson", data: source, promoteId: "id" });
    // As the app draws an imported file: one source, drawn as areas, routes and events (each filters on geometry).
    for (const kind of ["areas", "routes", "events"] as const) {
      for (const layer of styleLayersFor({ id, color: "#1f6fb4", kind })) {
        map.addLayer({ ...layer, id: `${kind}-${layer.id}` });
      }
    }
    await idleWith(map, id);
    return performance.now() - started;
  };
  window.__bareLoadPmtiles = async (file, sourceLayer) => {
    const started = performance.now();
    // Loaded on use, as in the app.
    const { FileSource, PMTiles, Protocol } = await import("pmtiles");
    const protocol = new Protocol();
    addProtocol("pmtiles", protocol.tile);
    const archive = new PMTiles(new FileSource(file));
    protocol.add(archive);
    const header = await archive.getHeader();
    const id = tileSourceId("bench");
    map.addSource(id, {
      type: "vector",
      tiles: [`pmtiles://${file.name}/{z}/{x}/{y}`],
      minzoom: header.minZoom,
      maxzoom: header.maxZoom,
      bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
    });
    const layer = {
      id: "tiles-bench",
      archiveId: "bench",
      sourceLayer,
      geometry: "points",
      color: "#009e73",
      title: "bench",
    } as const;
    for (const spec of tileStyleLayers(layer)) map.addLayer(spec);
    await idleWith(map, id);
    return performance.now() - started;
  };
}
