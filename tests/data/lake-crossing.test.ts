/**
 * Land routes against the basemap's lakes: a rail or road line whose geometry is `approximate` or `exact` claims
 * to follow the real track, so it must not cross a lake (Natural Earth 1:10m lakes, the basemap's own copy). A
 * line that cannot be drawn that closely is `schematic`, and says so. Bays and the sea: land-routes.test.ts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { distance } from "@turf/turf";
import type { FeatureCollection, Position } from "geojson";
import { expect, test } from "vitest";
import { realDataset, routeFeatures } from "./load-real-data.ts";
import { containing, shapesOf } from "./shapes.ts";

const lakesPath = fileURLToPath(
  new URL("../../scripts/basemap-data/natural-earth/ne_10m_lakes.geojson", import.meta.url),
);
const lakes = shapesOf((JSON.parse(readFileSync(lakesPath, "utf8")) as FeatureCollection).features);

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
