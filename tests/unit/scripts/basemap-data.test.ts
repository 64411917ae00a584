import { gzipSync } from "node:zlib";
import type { FeatureCollection, MultiLineString, MultiPolygon, Position } from "geojson";
import { beforeAll, describe, expect, test } from "vitest";
import { type BasemapFiles, buildBasemap, detailBounds } from "../../../scripts/basemap-data.ts";

let files: BasemapFiles;
beforeAll(() => {
  files = buildBasemap();
}, 120_000);

function segments(rings: Position[][]): Array<[Position, Position]> {
  return rings.flatMap((ring) =>
    ring.slice(1).map((to, index) => [ring[index] as Position, to] as [Position, Position]),
  );
}

describe("basemap generated from Natural Earth", () => {
  test("no land edge jumps across the antimeridian (it would paint bands across the Arctic)", () => {
    const land =
      (files["world-land"] as FeatureCollection<MultiPolygon>).features[0]?.geometry.coordinates ?? [];
    const jumps = segments(land.flat()).filter(
      ([from, to]) =>
        Math.abs((from[0] as number) - (to[0] as number)) > 180 && Math.abs(from[1] as number) < 84,
    );
    expect(jumps).toEqual([]);
  });

  test("every position is within longitude and latitude ranges", () => {
    const positions = JSON.stringify(files).match(/\[-?\d+(\.\d+)?,-?\d+(\.\d+)?\]/g) ?? [];
    const outside = positions
      .map((text) => JSON.parse(text) as [number, number])
      .filter(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
    expect(outside).toEqual([]);
  });

  test("the 10m coast never runs along the clip box (its edges are not coasts)", () => {
    const [west, south, east, north] = detailBounds;
    const coast =
      (files["detail-coast"] as FeatureCollection<MultiLineString>).features[0]?.geometry.coordinates ?? [];
    const onEdge = (value: number, edge: number) => Math.abs(value - edge) < 1e-9;
    const alongBox = segments(coast).filter(
      ([from, to]) =>
        [west, east].some((edge) => onEdge(from[0] as number, edge) && onEdge(to[0] as number, edge)) ||
        [south, north].some((edge) => onEdge(from[1] as number, edge) && onEdge(to[1] as number, edge)),
    );
    expect(alongBox).toEqual([]);
  });

  test("Russia and China are labelled in the Far East view", () => {
    const names = (files["country-labels"] as FeatureCollection).features.map(
      (feature) => feature.properties?.name,
    );
    expect(names).toEqual(expect.arrayContaining(["Russia", "China", "North Korea", "South Korea", "Japan"]));
  });

  test("the Tumen, which the rail link crosses and which is the border, is drawn from zoom 6 and labelled", () => {
    const tumen = (files["detail-water-towns-east"] as FeatureCollection).features.filter(
      (feature) => feature.properties?.kind === "river" && feature.properties?.name === "Tumen",
    );
    expect(tumen.length).toBeGreaterThan(0);
    for (const river of tumen) {
      expect(river.properties?.minzoom).toBeLessThanOrEqual(6);
      expect(river.properties?.labelzoom).toBeLessThanOrEqual(6);
    }
  });

  test("Lake Khanka is water in the first load; Lake Baikal and the Aral Sea load with the west", () => {
    const lakeNames = (name: string) =>
      (files[name] as FeatureCollection).features
        .filter((feature) => feature.properties?.kind === "lake-label")
        .map((feature) => feature.properties?.name);
    expect(lakeNames("water-towns-east")).toEqual(expect.arrayContaining(["Lake Khanka"]));
    expect(lakeNames("water-towns-west")).toEqual(expect.arrayContaining(["Lake Baikal", "Aral Sea"]));
  });

  test("the borders of the first load are the 50m lines; the 10m lines inside the box are a file of the detail", () => {
    const decimals = (collection: FeatureCollection | undefined) =>
      Math.max(
        ...(JSON.stringify(collection).match(/-?\d+\.\d+/g) ?? []).map(
          (text) => text.split(".")[1]?.length ?? 0,
        ),
      );
    const [west, south, east, north] = detailBounds;
    const detailLines =
      (files["detail-borders"] as FeatureCollection<MultiLineString>).features[0]?.geometry.coordinates ?? [];
    expect(decimals(files.borders)).toBe(3);
    expect(detailLines.length).toBeGreaterThan(0);
    const outside = detailLines
      .flat()
      .filter(
        ([x, y]) =>
          (x as number) < west || (x as number) > east || (y as number) < south || (y as number) > north,
      );
    expect(outside).toEqual([]);
    // The first view's 50m lines inside the box are marked, so that the style hands them over at zoom 6.
    const marked = (files.borders as FeatureCollection).features.map(
      (feature) => feature.properties?.inDetailBox,
    );
    expect(marked.sort()).toEqual([false, true]);
  });

  test("the first view's borders are the Far East's; the others load with the western overview", () => {
    const positions = (name: string) =>
      ((files[name] as FeatureCollection<MultiLineString>).features ?? []).flatMap((feature) =>
        feature.geometry.coordinates.flat(),
      );
    const inEast = ([x, y]: Position) => (x as number) >= 110 && (y as number) >= 30;
    const east = positions("borders");
    const west = positions("borders-west");
    // A line that leaves the region keeps its first point outside it, so that no gap opens at the edge.
    expect(east.filter(inEast).length / east.length).toBeGreaterThan(0.9);
    expect(west.some(inEast)).toBe(false);
    expect(east.length).toBeLessThan(west.length / 10);
  });

  test("the Natural Earth overview that the first view loads stays small (gzip)", () => {
    const gzipBytes = gzipSync(JSON.stringify(files["water-towns-east"])).length;
    expect(gzipBytes).toBeLessThan(30_000);
  });
});
