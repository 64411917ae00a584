/**
 * GeoJSON layers cut into Mapbox Vector Tiles, for the PMTiles writer: `@maplibre/geojson-vt` clips and
 * simplifies per tile (as MapLibre does for a GeoJSON source), `@maplibre/vt-pbf` encodes each tile.
 */
import { GeoJSONVT, type GeoJSONVTTile } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import type { FeatureCollection, Position } from "geojson";
import type { TileInput } from "./write-pmtiles.ts";

export type VectorLayerMetadata = {
  id: string;
  fields: Record<string, "String" | "Number" | "Boolean">;
  minzoom: number;
  maxzoom: number;
};

/** [west, south, east, north] of every position in the layers. */
export function boundsOfLayers(layers: Record<string, FeatureCollection>): [number, number, number, number] {
  const bounds: [number, number, number, number] = [180, 90, -180, -90];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === "number") {
      const [longitude, latitude] = value as Position as [number, number];
      bounds[0] = Math.min(bounds[0], longitude);
      bounds[1] = Math.min(bounds[1], latitude);
      bounds[2] = Math.max(bounds[2], longitude);
      bounds[3] = Math.max(bounds[3], latitude);
    } else if (Array.isArray(value)) for (const item of value) visit(item);
  };
  for (const collection of Object.values(layers))
    for (const feature of collection.features)
      if (feature.geometry && "coordinates" in feature.geometry) visit(feature.geometry.coordinates);
  return bounds;
}

/** The tiles at zoom z that cover the bounds (Web Mercator, XYZ scheme). */
export function tilesCovering(bounds: [number, number, number, number], z: number): Array<[number, number]> {
  const [west, south, east, north] = bounds;
  const n = 2 ** z;
  const column = (longitude: number) =>
    Math.min(n - 1, Math.max(0, Math.floor(((longitude + 180) / 360) * n)));
  const row = (latitude: number) => {
    const radians = (Math.max(-85.05, Math.min(85.05, latitude)) * Math.PI) / 180;
    const y = ((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n;
    return Math.min(n - 1, Math.max(0, Math.floor(y)));
  };
  const tiles: Array<[number, number]> = [];
  for (let x = column(west); x <= column(east); x++)
    for (let y = row(north); y <= row(south); y++) tiles.push([x, y]);
  return tiles;
}

/** Every non-empty tile from minZoom to maxZoom, each holding the layers that have features in it. */
export function cutVectorTiles(
  layers: Record<string, FeatureCollection>,
  zooms: { minZoom: number; maxZoom: number },
): TileInput[] {
  const indexes = Object.entries(layers).map(
    ([name, collection]) =>
      [name, new GeoJSONVT(collection, { maxZoom: zooms.maxZoom, indexMaxZoom: 0, tolerance: 3 })] as const,
  );
  const bounds = boundsOfLayers(layers);
  const tiles: TileInput[] = [];
  for (let z = zooms.minZoom; z <= zooms.maxZoom; z++) {
    for (const [x, y] of tilesCovering(bounds, z)) {
      const inTile: Record<string, GeoJSONVTTile> = {};
      for (const [name, index] of indexes) {
        const tile = index.getTile(z, x, y);
        if (tile && tile.features.length > 0) inTile[name] = tile;
      }
      if (Object.keys(inTile).length > 0)
        tiles.push({ z, x, y, data: fromGeojsonVt(inTile, { version: 2, extent: 4096 }) });
    }
  }
  return tiles;
}

/** The `vector_layers` entry of each layer: its name, its fields and their types, its zooms. */
export function vectorLayersOf(
  layers: Record<string, FeatureCollection>,
  zooms: { minZoom: number; maxZoom: number },
): VectorLayerMetadata[] {
  return Object.entries(layers).map(([id, collection]) => {
    const fields: VectorLayerMetadata["fields"] = {};
    for (const feature of collection.features)
      for (const [key, value] of Object.entries(feature.properties ?? {}))
        fields[key] =
          typeof value === "number" ? "Number" : typeof value === "boolean" ? "Boolean" : "String";
    return { id, fields, minzoom: zooms.minZoom, maxzoom: zooms.maxZoom };
  });
}
