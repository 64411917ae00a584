/**
 * Land routes against the basemap's water: a rail or road line whose geometry is `approximate` or `exact` claims
 * to follow the real track, so it must not cross a lake (Natural Earth 1:10m lakes, the basemap's own copy) nor
 * run across a bay (outside Natural Earth 1:10m land, from world-atlas) where the real line runs on land. A line
 * that cannot be drawn that closely is `schematic`, and says so.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bbox, bboxClip, booleanPointInPolygon, distance, point, polygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature as topojsonFeature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { expect, test } from "vitest";
import { realDataset, routeFeatures } from "./load-real-data.ts";

type Shape = { name: string; bounds: number[]; rings: Position[][] };

function shapes(features: Feature[]): Shape[] {
  return features.flatMap((item) => {
    const geometry = item.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const name = String(item.properties?.name ?? "unnamed");
    return polygons.map((rings) => ({ name, rings, bounds: bbox(polygon(rings)) }));
  });
}

const lakesPath = fileURLToPath(
  new URL("../../scripts/basemap-data/natural-earth/ne_10m_lakes.geojson", import.meta.url),
);
const lakes = shapes((JSON.parse(readFileSync(lakesPath, "utf8")) as FeatureCollection).features);

const landTopology = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../node_modules/world-atlas/land-10m.json", import.meta.url)),
    "utf8",
  ),
) as Topology<Record<string, GeometryCollection>>;
const land = shapes(
  (topojsonFeature(landTopology, landTopology.objects.land as GeometryCollection) as FeatureCollection)
    .features,
);

function containing(candidates: readonly Shape[], position: Position): Shape | undefined {
  const [longitude = 0, latitude = 0] = position;
  return candidates.find(
    (shape) =>
      longitude >= (shape.bounds[0] ?? 0) &&
      latitude >= (shape.bounds[1] ?? 0) &&
      longitude <= (shape.bounds[2] ?? 0) &&
      latitude <= (shape.bounds[3] ?? 0) &&
      booleanPointInPolygon(point(position), polygon(shape.rings)),
  );
}

/** Points along each leg (segment) of the line, about every `stepKm`, with the leg's number from 1. */
function samples(coordinates: Position[], stepKm: number): Array<{ leg: number; position: Position }> {
  const points: Array<{ leg: number; position: Position }> = [];
  for (let index = 1; index < coordinates.length; index++) {
    const from = coordinates[index - 1] as Position;
    const to = coordinates[index] as Position;
    const steps = Math.max(1, Math.ceil(distance(from, to) / stepKm));
    for (let step = 0; step <= steps; step++) {
      const fraction = step / steps;
      points.push({
        leg: index,
        position: [
          (from[0] ?? 0) + ((to[0] ?? 0) - (from[0] ?? 0)) * fraction,
          (from[1] ?? 0) + ((to[1] ?? 0) - (from[1] ?? 0)) * fraction,
        ],
      });
    }
  }
  return points;
}

const { dataset } = realDataset();
const landRoutes = routeFeatures(dataset).filter(
  ({ feature }) =>
    (feature.properties.mode === "rail" || feature.properties.mode === "road") &&
    feature.properties.geometry_precision !== "schematic" &&
    feature.geometry.type === "LineString",
);

const where = (position: Position) => position.map((value) => value.toFixed(3)).join(", ");

test("there are land routes drawn closer than schematic to check", () => {
  expect(landRoutes.length).toBeGreaterThan(0);
});

type Line = { id: string; coordinates: Position[] };

function lakeCrossings(lines: readonly Line[]): string[] {
  const crossings: string[] = [];
  for (const { id, coordinates } of lines) {
    const seen = new Set<string>();
    for (const { leg, position } of samples(coordinates, 0.5)) {
      const lake = containing(lakes, position);
      const key = `${leg}:${lake?.name}`;
      if (!lake || seen.has(key)) continue;
      seen.add(key);
      crossings.push(`${id} leg ${leg} crosses ${lake.name} at ${where(position)}`);
    }
  }
  return crossings;
}

const linesOf = (routes: typeof landRoutes): Line[] =>
  routes.map(({ feature }) => ({
    id: feature.properties.id,
    coordinates: feature.geometry.coordinates as Position[],
  }));

test("the lake check catches a line drawn straight across Lake Khanka", () => {
  const across = {
    id: "across-khanka",
    coordinates: [
      [131.9, 44.5],
      [132.6, 45.2],
      [133.3, 45.3],
    ],
  };
  expect(lakeCrossings([across])).toEqual([
    "across-khanka leg 1 crosses Lake Khanka at 132.102, 44.702",
    "across-khanka leg 2 crosses Lake Khanka at 132.600, 45.200",
  ]);
});

test("no approximate or exact rail or road line crosses a Natural Earth lake", () => {
  expect(lakeCrossings(linesOf(landRoutes))).toEqual([]);
});

/**
 * A track along a shore may touch the sea at this scale (Natural Earth's 1:10m coast is generalised by a few
 * hundred metres); a run of samples at sea longer than this crosses a bay.
 */
const longestShoreSlipKm = 2;

/** The land of a leg's surroundings only: testing every sample against the whole of Eurasia takes seconds. */
function landAround(from: Position, to: Position): Shape[] {
  const margin = 0.05;
  const box: [number, number, number, number] = [
    Math.min(from[0] ?? 0, to[0] ?? 0) - margin,
    Math.min(from[1] ?? 0, to[1] ?? 0) - margin,
    Math.max(from[0] ?? 0, to[0] ?? 0) + margin,
    Math.max(from[1] ?? 0, to[1] ?? 0) + margin,
  ];
  return land
    .filter(
      (shape) =>
        (shape.bounds[0] ?? 0) <= box[2] &&
        (shape.bounds[2] ?? 0) >= box[0] &&
        (shape.bounds[1] ?? 0) <= box[3] &&
        (shape.bounds[3] ?? 0) >= box[1],
    )
    .flatMap((shape) => {
      const clipped = bboxClip(polygon(shape.rings), box).geometry as Polygon | MultiPolygon;
      const parts = clipped.type === "Polygon" ? [clipped.coordinates] : clipped.coordinates;
      return parts
        .filter((rings) => (rings[0]?.length ?? 0) >= 4)
        .map((rings) => ({ name: shape.name, rings, bounds: bbox(polygon(rings)) }));
    });
}

test("no approximate or exact rail or road line runs across a bay or the sea", () => {
  const crossings: string[] = [];
  for (const { id, coordinates } of linesOf(landRoutes)) {
    let run: Array<{ leg: number; position: Position }> = [];
    const report = () => {
      const first = run[0];
      const last = run.at(-1);
      const length = first && last ? distance(first.position, last.position) : 0;
      if (first && length > longestShoreSlipKm) {
        crossings.push(
          `${id} leg ${first.leg} runs at sea for ${length.toFixed(1)} km from ${where(first.position)}`,
        );
      }
      run = [];
    };
    for (let leg = 1; leg < coordinates.length; leg++) {
      const from = coordinates[leg - 1] as Position;
      const to = coordinates[leg] as Position;
      const nearby = landAround(from, to);
      for (const sample of samples([from, to], 0.25)) {
        if (containing(nearby, sample.position)) report();
        else run.push({ leg, position: sample.position });
      }
    }
    report();
  }
  expect(crossings).toEqual([]);
});
