/** Polygons to test positions against (lakes, land, countries), each part with its bounding box. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { bbox, booleanPointInPolygon, point, polygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature as topojsonFeature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export type Shape = { name: string; bounds: number[]; rings: Position[][] };

/** One shape per polygon part, named by the feature's `name` (or `fallbackName`). */
export function shapesOf(features: readonly Feature[], fallbackName = "unnamed"): Shape[] {
  return features.flatMap((item) => {
    const geometry = item.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const name = String((item.properties as { name?: string } | null)?.name ?? fallbackName);
    return polygons.map((rings) => ({ name, rings, bounds: bbox(polygon(rings)) }));
  });
}

/** An object of a world-atlas TopoJSON file (Natural Earth), e.g. ("land-10m.json", "land"). */
export function worldAtlasShapes(file: string, object: string): Shape[] {
  const path = createRequire(import.meta.url).resolve(`world-atlas/${file}`);
  const topology = JSON.parse(readFileSync(path, "utf8")) as Topology<Record<string, GeometryCollection>>;
  const collection = topojsonFeature(
    topology,
    topology.objects[object] as GeometryCollection,
  ) as FeatureCollection;
  return shapesOf(collection.features, object);
}

/** The first shape that holds `position`, checking bounding boxes first. */
export function containing(shapes: readonly Shape[], position: Position): Shape | undefined {
  const [longitude = 0, latitude = 0] = position;
  return shapes.find(
    (shape) =>
      longitude >= (shape.bounds[0] ?? 0) &&
      latitude >= (shape.bounds[1] ?? 0) &&
      longitude <= (shape.bounds[2] ?? 0) &&
      latitude <= (shape.bounds[3] ?? 0) &&
      booleanPointInPolygon(point(position), polygon(shape.rings)),
  );
}
