import { distance, kinks, lineString, point, pointToLineDistance, polygon } from "@turf/turf";
import { type Geometry, positionsOf } from "./geometry-schema.ts";
import { limits, plausibleBounds } from "./limits.ts";
import { type DataProblem, formatPath, type ProblemLocation } from "./problems.ts";

function insideBounds(longitude: number, latitude: number): boolean {
  return (
    longitude >= plausibleBounds.west &&
    longitude <= plausibleBounds.east &&
    latitude >= plausibleBounds.south &&
    latitude <= plausibleBounds.north
  );
}

const boundsText = `longitude ${plausibleBounds.west}…${plausibleBounds.east}, latitude ${plausibleBounds.south}…${plausibleBounds.north}`;

/** Positions outside the region this project maps; a swapped [lat, lon] pair is named as such. */
export function boundsProblems(
  geometry: Geometry,
  location: ProblemLocation,
  severity?: "warning",
): DataProblem[] {
  const problems: DataProblem[] = [];
  let more = 0;
  for (const { position, path } of positionsOf(geometry)) {
    const [longitude = Number.NaN, latitude = Number.NaN] = position;
    if (insideBounds(longitude, latitude)) continue;
    if (problems.length >= limits.coordinateProblemsPerFeature) {
      more++;
      continue;
    }
    const swapped = insideBounds(latitude, longitude);
    const hint = swapped
      ? `; it looks like [latitude, longitude] — GeoJSON order is [longitude, latitude], i.e. [${latitude}, ${longitude}]`
      : "";
    problems.push({
      ...location,
      path: formatPath(["geometry", ...path]),
      message: `is [${longitude}, ${latitude}], outside the region this map covers; expected ${boundsText}${hint}`,
      ...(severity ? { severity } : {}),
    });
  }
  if (more > 0) {
    problems.push({
      ...location,
      path: "geometry.coordinates",
      message: `and ${more} more position${more === 1 ? "" : "s"} outside the region this map covers; expected ${boundsText}`,
      ...(severity ? { severity } : {}),
    });
  }
  return problems;
}

function linesOf(geometry: Geometry): Array<{ line: number[][]; path: (string | number)[] }> {
  switch (geometry.type) {
    case "LineString":
      return [{ line: geometry.coordinates, path: ["coordinates"] }];
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates.map((line, index) => ({ line, path: ["coordinates", index] }));
    case "MultiPolygon":
      return geometry.coordinates.flatMap((rings, polygonIndex) =>
        rings.map((line, ringIndex) => ({ line, path: ["coordinates", polygonIndex, ringIndex] })),
      );
    default:
      return [];
  }
}

/** A jump of more than 180° of longitude between neighbours draws the long way round the world. */
export function antimeridianProblems(
  geometry: Geometry,
  location: ProblemLocation,
  severity?: "warning",
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const { line, path } of linesOf(geometry)) {
    for (let index = 1; index < line.length; index++) {
      const previous = line[index - 1]?.[0] ?? 0;
      const current = line[index]?.[0] ?? 0;
      if (Math.abs(current - previous) > 180) {
        problems.push({
          ...location,
          path: formatPath(["geometry", ...path, index]),
          message: `jumps from longitude ${previous} to ${current}, across the antimeridian; expected longitudes unwrapped (e.g. 181 rather than -179) or the line split`,
          ...(severity ? { severity } : {}),
        });
        break;
      }
    }
  }
  return problems;
}

/** Bow-tie (self-intersecting) polygons: valid JSON, wrong areas. Skipped above a size, and the skip is said. */
export function selfIntersectionProblems(
  geometry: Geometry,
  location: ProblemLocation,
  severity?: "warning",
): DataProblem[] {
  const polygons =
    geometry.type === "Polygon"
      ? [{ rings: geometry.coordinates, path: ["coordinates"] as (string | number)[] }]
      : geometry.type === "MultiPolygon"
        ? geometry.coordinates.map((rings, index) => ({
            rings,
            path: ["coordinates", index] as (string | number)[],
          }))
        : [];
  const problems: DataProblem[] = [];
  for (const { rings, path } of polygons) {
    const vertices = rings.reduce((total, ring) => total + ring.length, 0);
    if (vertices > limits.kinkCheckVertices) {
      problems.push({
        ...location,
        path: formatPath(["geometry", ...path]),
        message: `has ${vertices} vertices; self-intersection was not checked above ${limits.kinkCheckVertices}`,
        severity: "warning",
      });
      continue;
    }
    const found = kinks(polygon(rings)).features[0];
    if (found) {
      problems.push({
        ...location,
        path: formatPath(["geometry", ...path]),
        message: `the boundary crosses itself near ${JSON.stringify(found.geometry.coordinates.map((value) => Math.round(value * 1e5) / 1e5))}; expected a simple polygon (no bow-ties)`,
        ...(severity ? { severity } : {}),
      });
    }
  }
  return problems;
}

export type WaypointPlace = { id: string; coordinates: number[] };

/** A route built from named places must still pass through them, start at the first and end at the last. */
export function waypointProblems(
  geometry: Geometry,
  waypoints: readonly WaypointPlace[],
  location: ProblemLocation,
): DataProblem[] {
  const tolerance = limits.waypointToleranceKm;
  const problems: DataProblem[] = [];
  const distanceKm = (from: number[], to: number[]) =>
    distance(point(from), point(to), { units: "kilometers" });
  if (geometry.type === "Point") {
    for (const waypoint of waypoints) {
      const kilometres = distanceKm(geometry.coordinates, waypoint.coordinates);
      if (kilometres > tolerance) {
        problems.push({
          ...location,
          path: "geometry.coordinates",
          message: `is ${kilometres.toFixed(1)} km from the place "${waypoint.id}" named in properties.waypoints; expected the point within ${tolerance} km of it (rebuild with npm run routes)`,
        });
      }
    }
    return problems;
  }
  if (geometry.type !== "LineString") return problems;
  const line = lineString(geometry.coordinates);
  const first = waypoints[0];
  const last = waypoints[waypoints.length - 1];
  const start = geometry.coordinates[0];
  const end = geometry.coordinates[geometry.coordinates.length - 1];
  if (first && start && distanceKm(start, first.coordinates) > tolerance) {
    problems.push({
      ...location,
      path: "geometry.coordinates[0]",
      message: `does not start at the first waypoint "${first.id}"; expected the line to start within ${tolerance} km of it (rebuild with npm run routes)`,
    });
  }
  if (last && end && distanceKm(end, last.coordinates) > tolerance) {
    problems.push({
      ...location,
      path: formatPath(["geometry", "coordinates", geometry.coordinates.length - 1]),
      message: `does not end at the last waypoint "${last.id}"; expected the line to end within ${tolerance} km of it (rebuild with npm run routes)`,
    });
  }
  for (const [index, waypoint] of waypoints.entries()) {
    const kilometres = pointToLineDistance(point(waypoint.coordinates), line, { units: "kilometers" });
    if (kilometres > tolerance) {
      problems.push({
        ...location,
        path: formatPath(["properties", "waypoints", index]),
        message: `the place "${waypoint.id}" is ${kilometres.toFixed(1)} km from the line; expected the line to pass within ${tolerance} km of every waypoint (rebuild with npm run routes)`,
      });
    }
  }
  return problems;
}
