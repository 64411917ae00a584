import type { FeatureCollection } from "geojson";
import { useEffect, useState } from "react";
import { filterableFeatures } from "../state/matching-features.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import type { ProvisionalLayer } from "../state/provisional-layer.ts";
import type { LayerKind } from "../symbology/data-layers.ts";
import { roleOfGroup } from "../symbology/groups.ts";
import type { DataLayerController, MapDataLayer } from "./data-layer-controller.ts";
import { importedDataUrl } from "./imported-data-url.ts";

/** An imported file may hold any geometry: its layer is drawn as areas, routes and events at once. */
const importedKinds: readonly LayerKind[] = ["areas", "routes", "events"];

const largeLayerFeatures = 10_000;
/** About as many bytes as `largeLayerFeatures` take in a typical file, for a file whose features are not counted. */
const largeFileBytes = 2_500_000;
const largeLayerTolerance = { tolerance: 2 };

/** A layer without `mapData` has its geometry in `collection` (see PreparedLayer). */
function mapDataOf(layer: PreparedLayer): FeatureCollection | string {
  return layer.mapData ? importedDataUrl(layer.mapData) : (layer.collection as FeatureCollection);
}

function mapLayerOf(layer: PreparedLayer): MapDataLayer {
  const base = {
    id: layer.id,
    color: layer.color,
    role: roleOfGroup(layer.group),
    data: mapDataOf(layer),
    features: filterableFeatures(layer),
  };
  if (!layer.imported) return { ...base, kind: layer.kind };
  const [kind, ...alsoDrawnAs] = importedKinds as [LayerKind, ...LayerKind[]];
  // Software WebGL took 117 s to draw 100,000 imported lines at MapLibre's default simplification and 40 s at
  // 2 pixels; a smaller file keeps its exact shape.
  const tolerance = layer.records.length > largeLayerFeatures ? largeLayerTolerance : {};
  return { ...base, kind, alsoDrawnAs, ...tolerance };
}

function provisionalMapLayer(layer: ProvisionalLayer): MapDataLayer {
  return {
    id: layer.id,
    color: layer.color,
    kind: "events",
    data: importedDataUrl(layer.mapData, "geometry"),
    features: [],
    provisional: true,
    ...(layer.size > largeFileBytes ? largeLayerTolerance : {}),
  };
}

/**
 * Keeps the map's data layers equal to `layers` (null while they load) and the files being checked: new ones are
 * added, removed ones removed, the rest left alone; a file whose check passed turns from provisional into its
 * layer. Returns whether the layers have reached the map. A new controller (a rebuilt map) gets every layer
 * again.
 */
export function useLayersOnMap(
  controller: DataLayerController | null,
  layers: PreparedLayer[] | null,
  provisional: readonly ProvisionalLayer[] = [],
): boolean {
  // The controller whose map has the layers: a rebuilt map is not ready until its own controller has them.
  const [synced, setSynced] = useState<DataLayerController | null>(null);
  useEffect(() => {
    if (!controller || !layers) return;
    const ids = new Set(layers.map((layer) => layer.id));
    const checking = provisional.filter((layer) => !ids.has(layer.id));
    controller.syncLayers([...layers.map(mapLayerOf), ...checking.map(provisionalMapLayer)]);
    setSynced(controller);
  }, [controller, layers, provisional]);
  return synced !== null && synced === controller;
}
