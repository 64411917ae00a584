import { along, length } from "@turf/turf";
import type { Feature } from "geojson";
import { expect, test } from "vitest";
import { realDataset, routeFeatures } from "./load-real-data.ts";
import { containing, worldAtlasShapes } from "./shapes.ts";

const land = worldAtlasShapes("land-10m.json", "land");

function onLand(position: number[]): boolean {
  return containing(land, position) !== undefined;
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
