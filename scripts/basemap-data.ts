/**
 * Builds the embedded basemap from Natural Earth (the `world-atlas` npm package) at build time.
 *
 * Two tiers keep the first load smaller than a plain 50m world while the Tumen river border stays crisp:
 * - `world`: 50m land and borders for the whole globe, rounded to 3 decimals (~100 m, below a pixel up to zoom 8);
 * - `detail`: 10m land, coast and borders clipped to the Russian Far East and the Korean peninsula, with a water
 *   mask (the clip box minus 10m land) drawn over the coarser 50m land and coast under it.
 *
 * Rivers, lakes, towns and ports come from the project's copy of Natural Earth 1:10m (basemap-data/natural-earth/),
 * in the same two tiers: what the first view needs, generalised, and everything at full detail for zoom 6 on.
 */
import { createRequire } from "node:module";
import {
  bboxClip,
  bboxPolygon,
  centerOfMass,
  difference,
  featureCollection,
  pointOnFeature,
  rewind,
} from "@turf/turf";
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { eastRegion } from "../src/symbology/basemap-layers.ts";
import { naturalEarthLayer, roundCoordinates } from "./basemap-natural-earth.ts";

const require = createRequire(import.meta.url);

/** The clip box of the 10m tier: west, south, east, north. */
export const detailBounds: [number, number, number, number] = [120, 33, 145, 53];

type Resolution = "50m" | "10m";

function loadTopology(kind: "land" | "countries", resolution: Resolution): Topology {
  return require(`world-atlas/${kind}-${resolution}.json`) as Topology;
}

function roundGeometry<T extends { coordinates: unknown }>(geometry: T, decimals: number): T {
  return { ...geometry, coordinates: roundCoordinates(geometry.coordinates, decimals) };
}

/** Makes a ring's longitudes continuous: TopoJSON stitches rings across ±180 with a jump of ~360°. */
function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map(([x, y], index) => {
    const previous = ring[index - 1];
    if (previous && Math.abs((x as number) - (previous[0] as number)) > 180) {
      shift += (previous[0] as number) > (x as number) ? 360 : -360;
    }
    return [(x as number) + shift, y as number];
  });
}

/**
 * Cuts a polygon that crosses the antimeridian (Chukotka, Wrangel Island, Fiji) into a part on each side;
 * drawn as is, its ±180° jumps run across the whole map and tile into bands over the Arctic.
 */
function splitAtAntimeridian(rings: Position[][]): Position[][][] {
  const unwrapped = rings.map(unwrapRing);
  const longitudes = unwrapped.flat().map(([x]) => x as number);
  if (Math.min(...longitudes) >= -180 && Math.max(...longitudes) <= 180) return [rings];
  const world: [number, number, number, number] = [-180, -90, 180, 90];
  const pieces: Position[][][] = [];
  for (const offset of [-360, 0, 360]) {
    const shifted = unwrapped.map((ring) => ring.map(([x, y]) => [(x as number) + offset, y as number]));
    const clipped = bboxClip({ type: "Polygon", coordinates: shifted }, world).geometry as
      | Polygon
      | MultiPolygon;
    const parts = clipped.type === "Polygon" ? [clipped.coordinates] : clipped.coordinates;
    pieces.push(...parts.filter((part) => part[0] && part[0].length >= 4));
  }
  return pieces;
}

function landOf(resolution: Resolution): Feature<MultiPolygon> {
  const topology = loadTopology("land", resolution);
  const collection = feature(topology, topology.objects.land as GeometryCollection) as FeatureCollection<
    MultiPolygon | Polygon
  >;
  const polygons: Position[][][] = [];
  for (const item of collection.features) {
    const parts = item.geometry.type === "Polygon" ? [item.geometry.coordinates] : item.geometry.coordinates;
    for (const rings of parts) polygons.push(...splitAtAntimeridian(rings));
  }
  // TopoJSON from d3 winds outer rings clockwise (spherical convention); RFC 7946 and MapLibre's tiler expect
  // counter-clockwise, and mixed windings tile into ocean-coloured bands over the Arctic at low zoom.
  return rewind(
    {
      type: "Feature",
      properties: { kind: "land" },
      geometry: { type: "MultiPolygon", coordinates: polygons },
    },
    { reverse: false },
  ) as Feature<MultiPolygon>;
}

function bordersOf(resolution: Resolution): Feature<MultiLineString> {
  const topology = loadTopology("countries", resolution);
  const countries = topology.objects.countries as GeometryCollection;
  const lines = mesh(topology, countries, (a, b) => a !== b);
  return { type: "Feature", properties: { kind: "border" }, geometry: lines };
}

function clipPolygons(land: Feature<MultiPolygon>, bounds: typeof detailBounds): Feature<MultiPolygon> {
  const polygons: Position[][][] = [];
  for (const rings of land.geometry.coordinates) {
    const clipped = bboxClip({ type: "Polygon", coordinates: rings }, bounds).geometry as
      | Polygon
      | MultiPolygon;
    if (clipped.type === "Polygon") {
      if (clipped.coordinates[0] && clipped.coordinates[0].length >= 4) polygons.push(clipped.coordinates);
    } else {
      polygons.push(...clipped.coordinates.filter((polygon) => polygon[0] && polygon[0].length >= 4));
    }
  }
  return { ...land, geometry: { type: "MultiPolygon", coordinates: polygons } };
}

function clipLines(lines: Feature<MultiLineString>, bounds: typeof detailBounds): Feature<MultiLineString> {
  const clipped = bboxClip(lines, bounds).geometry as LineString | MultiLineString;
  const coordinates = clipped.type === "LineString" ? [clipped.coordinates] : clipped.coordinates;
  return {
    ...lines,
    geometry: { type: "MultiLineString", coordinates: coordinates.filter((line) => line.length > 1) },
  };
}

/**
 * Extra label points for the large countries whose main label lies far from the story's area, so that the
 * Far East view names Russia and China too (a cartographic choice, not data).
 */
const regionalLabels: Array<{ name: string; coordinates: Position }> = [
  { name: "Russia", coordinates: [134.5, 48.6] },
  { name: "China", coordinates: [126.4, 45.4] },
];

function countryLabels(): FeatureCollection<Point> {
  const topology = loadTopology("countries", "50m");
  const countries = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const labels: Feature<Point>[] = [];
  for (const country of countries.features) {
    if (!country.geometry || !country.properties?.name) continue;
    // The largest polygon carries the label: Russia's centre of mass must not land in Kaliningrad or the sea.
    const polygons =
      country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
    const largest = polygons
      .map((rings) => ({ rings, size: (rings[0] ?? []).length }))
      .sort((a, b) => b.size - a.size)[0];
    if (!largest) continue;
    const polygon: Feature<Polygon> = {
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates: largest.rings },
    };
    const centre = centerOfMass(polygon);
    const inside = pointOnFeature(polygon);
    const point = isInside(centre.geometry.coordinates, largest.rings) ? centre : inside;
    labels.push({
      type: "Feature",
      properties: { name: country.properties.name, size: largest.size },
      geometry: { type: "Point", coordinates: roundCoordinates(point.geometry.coordinates, 2) },
    });
  }
  for (const { name, coordinates } of regionalLabels) {
    labels.push({
      type: "Feature",
      properties: { name, size: 1000 },
      geometry: { type: "Point", coordinates },
    });
  }
  return featureCollection(labels);
}

function isInside([x, y]: Position, rings: Position[][]): boolean {
  const ring = rings[0] ?? [];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (xi === undefined || yi === undefined || xj === undefined || yj === undefined) continue;
    if (
      yi > (y as number) !== yj > (y as number) &&
      (x as number) < ((xj - xi) * ((y as number) - yi)) / (yj - yi) + xi
    )
      inside = !inside;
  }
  return inside;
}

type Box = typeof detailBounds;

function isInBox([x, y]: Position, [west, south, east, north]: Box): boolean {
  return (x as number) >= west && (x as number) <= east && (y as number) >= south && (y as number) <= north;
}

function isOnBoxEdge([x, y]: Position, [west, south, east, north]: Box): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  return (
    near(x as number, west) || near(x as number, east) || near(y as number, south) || near(y as number, north)
  );
}

/** Splits lines into runs of the segments that `keep` accepts. */
function keepSegments(lines: Position[][], keep: (from: Position, to: Position) => boolean): Position[][] {
  const runs: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    for (let index = 1; index < line.length; index++) {
      const from = line[index - 1] as Position;
      const to = line[index] as Position;
      if (keep(from, to)) {
        if (run.length === 0) run.push(from);
        run.push(to);
      } else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

function lines(coordinates: Position[][]): Feature<MultiLineString> {
  return { type: "Feature", properties: {}, geometry: { type: "MultiLineString", coordinates } };
}

const ringsOf = (land: Feature<MultiPolygon>) => land.geometry.coordinates.flat();

export type BasemapFiles = Record<string, FeatureCollection>;

/** Every basemap file by name; pure apart from reading the npm package. */
export function buildBasemap(): BasemapFiles {
  const box = detailBounds;
  const worldLand = landOf("50m");
  const detailLand = clipPolygons(landOf("10m"), box);
  const water = difference(featureCollection<Polygon | MultiPolygon>([bboxPolygon(box), detailLand]));
  // Inside the box the 10m lines replace the 50m ones; the box's own edges are not coasts.
  const outsideBox = (from: Position, to: Position) => !(isInBox(from, box) && isInBox(to, box));
  const notBoxEdge = (from: Position, to: Position) => !(isOnBoxEdge(from, box) && isOnBoxEdge(to, box));
  // Outside the box the coast is the outline of `world-land`, drawn from that source by the style.
  const detailCoast = keepSegments(ringsOf(detailLand), notBoxEdge).map((line) => roundCoordinates(line, 4));
  // The 50m borders are drawn everywhere below zoom 6 and outside the box above it; inside the box the 10m
  // lines take over from zoom 6, from their own file that loads with the rest of the detail.
  // Like Natural Earth's overview, the 50m borders are cut in two along `eastRegion` (a segment with an end in
  // it is in the east): the first view loads only the eastern part, 4 % of the lines.
  const worldBorders = bordersOf("50m").geometry.coordinates;
  const inEast = (from: Position, to: Position) => isInBox(from, eastRegion) || isInBox(to, eastRegion);
  const eastBorders = keepSegments(worldBorders, inEast);
  const westBorders = keepSegments(worldBorders, (from, to) => !inEast(from, to));
  const bordersOutside = keepSegments(eastBorders, outsideBox).map((line) => roundCoordinates(line, 3));
  const insideBox = (from: Position, to: Position) => !outsideBox(from, to);
  const bordersInside = keepSegments(eastBorders, insideBox).map((line) => roundCoordinates(line, 3));
  const detailBorders = clipLines(bordersOf("10m"), box).geometry.coordinates.map((line) =>
    roundCoordinates(line, 4),
  );
  return {
    "world-land": featureCollection([{ ...worldLand, geometry: roundGeometry(worldLand.geometry, 3) }]),
    "detail-water": featureCollection(
      water ? [{ ...water, geometry: roundGeometry(water.geometry, 4) }] : [],
    ),
    "detail-land": featureCollection([{ ...detailLand, geometry: roundGeometry(detailLand.geometry, 4) }]),
    "detail-coast": featureCollection([lines(detailCoast)]),
    borders: featureCollection([
      { ...lines(bordersOutside), properties: { inDetailBox: false } },
      { ...lines(bordersInside), properties: { inDetailBox: true } },
    ]),
    "borders-west": featureCollection([lines(westBorders.map((line) => roundCoordinates(line, 3)))]),
    "detail-borders": featureCollection([lines(detailBorders)]),
    "country-labels": countryLabels(),
    "water-towns-east": naturalEarthLayer("overview", "east"),
    "water-towns-west": naturalEarthLayer("overview", "west"),
    "detail-water-towns-east": naturalEarthLayer("detail", "east"),
    "detail-water-towns-west": naturalEarthLayer("detail", "west"),
  };
}
