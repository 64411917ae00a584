/**
 * Rail and road lines stay on land: a line drawn across a bay (Posyet, Amur, Ussuri) claims a route the railway
 * does not take. Checked against Natural Earth 1:10m land (world-atlas), sampling every line every 2 km.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { along, bbox, booleanPointInPolygon, length } from "@turf/turf";
import type { Feature, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { expect, test } from "vitest";
import { realDataset, routeFeatures } from "./load-real-data.ts";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/land-10m.json"), "utf8")) as Topology<{
  land: GeometryCollection;
}>;
const landPolygons = feature(topology, topology.objects.land).features.flatMap((part) => {
  const geometry = part.geometry;
  const rings =
    geometry.type === "Polygon"
      ? [geometry.coordinates]
      : geometry.type === "MultiPolygon"
        ? geometry.coordinates
        : [];
  return rings.map((coordinates) => {
    const polygon: Feature<Polygon> = {
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates },
    };
    return { polygon, box: bbox(polygon) };
  });
});

function onLand(position: number[]): boolean {
  const [lon = 0, lat = 0] = position;
  return landPolygons.some(
    ({ polygon, box }) =>
      lon >= box[0] &&
      lon <= box[2] &&
      lat >= box[1] &&
      lat <= box[3] &&
      booleanPointInPolygon(position, polygon),
  );
}

const stepKm = 2;
const landLines = routeFeatures(realDataset().dataset)
  .map(({ feature: route }) => route)
  .filter(
    (route) =>
      route.geometry.type === "LineString" &&
      (route.properties.mode === "rail" || route.properties.mode === "road"),
  );

test.each(landLines.map((route) => [route.properties.id, route] as const))(
  "%s stays on land",
  (_id, route) => {
    const line = route as unknown as Feature;
    const total = length(line, { units: "kilometers" });
    const offshore: string[] = [];
    for (let distance = 0; distance <= total; distance += stepKm) {
      const position = along(line as Feature<never>, distance, { units: "kilometers" }).geometry.coordinates;
      if (!onLand(position)) offshore.push(position.map((value) => value.toFixed(3)).join(", "));
    }
    expect(offshore).toEqual([]);
  },
  60_000,
);
