import { z } from "zod";
import { addProblem } from "./schema-messages.ts";

/*
 * RFC 7946 geometry: positions are [longitude, latitude] (optionally altitude) in WGS 84 degrees; lines have at
 * least two positions; polygon rings are closed and have at least four. GeometryCollection is not accepted: the
 * map cannot style its parts separately, so a file should use one feature per part.
 * The common validators miss out-of-range and swapped coordinates (see the research notes); these checks don't.
 */

const positionExpectation = "a position [longitude, latitude] of 2 numbers (or 3 with altitude)";

function rangeProblem(longitude: number, latitude: number): { index: number; message: string } | null {
  const projected = Math.abs(longitude) > 1000 || Math.abs(latitude) > 1000;
  const hint = projected
    ? " (this looks like projected metres; GeoJSON needs WGS 84 degrees)"
    : " (GeoJSON order is [longitude, latitude]; is the pair swapped?)";
  if (longitude < -180 || longitude > 180) {
    return { index: 0, message: `longitude is ${longitude}; expected -180 to 180${hint}` };
  }
  if (latitude < -90 || latitude > 90) {
    return { index: 1, message: `latitude is ${latitude}; expected -90 to 90${hint}` };
  }
  return null;
}

export const Position = z
  .array(z.number({ error: "a finite number of degrees" }), { error: positionExpectation })
  .min(2, { error: positionExpectation })
  .max(3, { error: positionExpectation })
  .superRefine((position, context) => {
    const [longitude, latitude] = position as [number, number];
    const problem = rangeProblem(longitude, latitude);
    if (problem) addProblem(context, [problem.index], problem.message);
  });

const lineCoordinates = z
  .array(Position, { error: "an array of positions" })
  .min(2, { error: "at least 2 positions for a line" });

export const LinearRing = z
  .array(Position, { error: "an array of positions (a linear ring)" })
  .min(4, { error: "at least 4 positions for a polygon ring (the first repeated as the last)" })
  .superRefine((ring, context) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (!first || !last) return;
    const closed = first.length === last.length && first.every((value, index) => value === last[index]);
    if (!closed) {
      addProblem(
        context,
        [ring.length - 1],
        `ring is not closed: the last position ${JSON.stringify(last)} differs from the first ${JSON.stringify(first)}; expected the first position repeated at the end`,
      );
    }
  });

const polygonCoordinates = z
  .array(LinearRing, { error: "an array of linear rings" })
  .min(1, { error: "at least one ring (the outer boundary)" });

function nonEmpty<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: `an array of ${what}` }).min(1, { error: `at least one of ${what}` });
}

export const PointGeometry = z.object({ type: z.literal("Point"), coordinates: Position });
export const MultiPointGeometry = z.object({
  type: z.literal("MultiPoint"),
  coordinates: nonEmpty(Position, "positions"),
});
export const LineStringGeometry = z.object({ type: z.literal("LineString"), coordinates: lineCoordinates });
export const MultiLineStringGeometry = z.object({
  type: z.literal("MultiLineString"),
  coordinates: nonEmpty(lineCoordinates, "lines"),
});
export const PolygonGeometry = z.object({ type: z.literal("Polygon"), coordinates: polygonCoordinates });
export const MultiPolygonGeometry = z.object({
  type: z.literal("MultiPolygon"),
  coordinates: nonEmpty(polygonCoordinates, "polygons"),
});

export const geometryTypes = [
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
] as const;
export type GeometryType = (typeof geometryTypes)[number];

export const Geometry = z.discriminatedUnion(
  "type",
  [
    PointGeometry,
    MultiPointGeometry,
    LineStringGeometry,
    MultiLineStringGeometry,
    PolygonGeometry,
    MultiPolygonGeometry,
  ],
  { error: `a GeoJSON geometry object whose "type" is one of ${geometryTypes.join(", ")}` },
);
export type Geometry = z.infer<typeof Geometry>;

/** Every position of a geometry, with its JSON path relative to the geometry. */
export function* positionsOf(
  geometry: Geometry,
): Generator<{ position: number[]; path: (string | number)[] }> {
  switch (geometry.type) {
    case "Point":
      yield { position: geometry.coordinates, path: ["coordinates"] };
      return;
    case "MultiPoint":
    case "LineString":
      for (const [index, position] of geometry.coordinates.entries())
        yield { position, path: ["coordinates", index] };
      return;
    case "MultiLineString":
    case "Polygon":
      for (const [outer, line] of geometry.coordinates.entries()) {
        for (const [index, position] of line.entries())
          yield { position, path: ["coordinates", outer, index] };
      }
      return;
    case "MultiPolygon":
      for (const [polygonIndex, polygon] of geometry.coordinates.entries()) {
        for (const [ringIndex, ring] of polygon.entries()) {
          for (const [index, position] of ring.entries()) {
            yield { position, path: ["coordinates", polygonIndex, ringIndex, index] };
          }
        }
      }
  }
}
