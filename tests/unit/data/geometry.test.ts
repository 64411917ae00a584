import { expect, test } from "vitest";
import { problemsOf, routeWith } from "./dataset-fixture.ts";

/** The fixture route with new geometry and no waypoints, so only the geometry rules speak. */
function problemsOfGeometry(geometry: unknown): string[] {
  return problemsOf({ routes: [routeWith({ waypoints: undefined }, geometry)] });
}

const line = (...coordinates: unknown[]) => ({ type: "LineString", coordinates });

test("a swapped [latitude, longitude] pair is named as such", () => {
  expect(problemsOfGeometry(line([42.4, 130.6], [132.338, 42.88]))).toEqual([
    "routes.geojson route-one geometry.coordinates[0][1]: latitude is 130.6; expected -90 to 90 (GeoJSON order is [longitude, latitude]; is the pair swapped?)",
  ]);
});

test("a swapped pair that stays inside the world's ranges is caught by the plausible bounds", () => {
  expect(problemsOfGeometry(line([48.15, 17.11], [132.338, 42.88]))).toEqual([
    "routes.geojson route-one geometry.coordinates[0]: is [48.15, 17.11], outside the region this map covers; expected longitude 10…180, latitude 20…75; it looks like [latitude, longitude] — GeoJSON order is [longitude, latitude], i.e. [17.11, 48.15]",
  ]);
});

test("longitude 200 is out of range", () => {
  expect(problemsOfGeometry(line([200, 42.4], [132.338, 42.88]))).toEqual([
    "routes.geojson route-one geometry.coordinates[0][0]: longitude is 200; expected -180 to 180 (GeoJSON order is [longitude, latitude]; is the pair swapped?)",
  ]);
});

test("projected metres are recognised", () => {
  expect(problemsOfGeometry(line([14_500_000, 5_200_000], [132.338, 42.88]))).toEqual([
    "routes.geojson route-one geometry.coordinates[0][0]: longitude is 14500000; expected -180 to 180 (this looks like projected metres; GeoJSON needs WGS 84 degrees)",
  ]);
});

test("a position outside the project's region but valid on Earth is reported", () => {
  expect(problemsOfGeometry(line([5, 45], [132.338, 42.88]))).toEqual([
    "routes.geojson route-one geometry.coordinates[0]: is [5, 45], outside the region this map covers; expected longitude 10…180, latitude 20…75",
  ]);
});

test("string and null coordinates are refused", () => {
  expect(problemsOfGeometry(line(["130.6", 42.4], [132.338, null]))).toEqual([
    'routes.geojson route-one geometry.coordinates[0][0]: is a string ("130.6"); expected a finite number of degrees',
    "routes.geojson route-one geometry.coordinates[1][1]: is null; expected a finite number of degrees",
  ]);
});

test("a position with one number is refused", () => {
  expect(problemsOfGeometry(line([130.6], [132.338, 42.88]))).toEqual([
    "routes.geojson route-one geometry.coordinates[0]: has 1 item; expected a position [longitude, latitude] of 2 numbers (or 3 with altitude)",
  ]);
});

test("a line with one position is refused", () => {
  expect(problemsOfGeometry(line([130.6, 42.4]))).toEqual([
    "routes.geojson route-one geometry.coordinates: has 1 item; expected at least 2 positions for a line",
  ]);
});

test("a null geometry is refused: every mapped feature needs one", () => {
  expect(problemsOfGeometry(null)).toEqual([
    'routes.geojson route-one geometry: is null; expected a GeoJSON geometry object whose "type" is one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon',
  ]);
});

test("an unknown geometry type is refused", () => {
  expect(problemsOfGeometry({ type: "Linestring", coordinates: [] })).toEqual([
    'routes.geojson route-one geometry.type: is "Linestring"; expected a GeoJSON geometry object whose "type" is one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon',
  ]);
});

test("many bad positions are summed up after the first ten", () => {
  const positions = Array.from({ length: 14 }, () => [200, 42]);
  const problems = problemsOfGeometry(line(...positions));
  expect(problems).toHaveLength(11);
  expect(problems.at(-1)).toBe(
    "routes.geojson route-one geometry.coordinates: and 4 more coordinate problems in this geometry; expected valid [longitude, latitude] positions throughout",
  );
});

test("a line jumping across the antimeridian is reported", () => {
  expect(problemsOfGeometry(line([179.5, 60], [-179.5, 60]))).toContain(
    "routes.geojson route-one geometry.coordinates[1]: jumps from longitude 179.5 to -179.5, across the antimeridian; expected longitudes unwrapped (e.g. 181 rather than -179) or the line split",
  );
});
