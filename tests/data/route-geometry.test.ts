/**
 * Geometry checks that need country shapes (Natural Earth 1:10m, from the world-atlas package): railway lines stay
 * in the countries of the places they link, sea legs stay off land, and the committed geometry is what
 * scripts/build-routes.ts builds.
 */
import { readFileSync } from "node:fs";
import { distance } from "@turf/turf";
import { expect, test } from "vitest";
import { placeCoordinates, rebuildLayer } from "../../scripts/build-routes.ts";
import type { RouteFeature } from "../../src/data/index.ts";
import { geojsonDirectory, realDataset, routeFeatures } from "./load-real-data.ts";
import { containing, worldAtlasShapes } from "./shapes.ts";

const { dataset } = realDataset();
const routes = routeFeatures(dataset).filter(({ feature }) => feature.geometry.type === "LineString");

const countries = worldAtlasShapes("countries-10m.json", "countries");
const land = worldAtlasShapes("land-10m.json", "land");
const countryNames: Record<string, string> = {
  PRK: "North Korea",
  RUS: "Russia",
  CHN: "China",
  UKR: "Ukraine",
};

/** Points along the line, about every `stepKm`. */
function samples(coordinates: number[][], stepKm: number): number[][] {
  const points: number[][] = [];
  for (let index = 1; index < coordinates.length; index++) {
    const from = coordinates[index - 1] as number[];
    const to = coordinates[index] as number[];
    const steps = Math.max(1, Math.ceil(distance(from, to) / stepKm));
    for (let step = 0; step < steps; step++) {
      const fraction = step / steps;
      points.push([
        (from[0] ?? 0) + ((to[0] ?? 0) - (from[0] ?? 0)) * fraction,
        (from[1] ?? 0) + ((to[1] ?? 0) - (from[1] ?? 0)) * fraction,
      ]);
    }
  }
  return points;
}

function waypointCountries(feature: RouteFeature): Set<string> {
  return new Set(
    (feature.properties.waypoints ?? []).flatMap((id) => {
      const country = dataset.places.get(id)?.properties.country;
      return country ? [countryNames[country] ?? country] : [];
    }),
  );
}

test("railway lines and every non-schematic line stay inside the countries of the places they link", () => {
  const strays: string[] = [];
  for (const { feature } of routes) {
    const checked =
      feature.properties.mode === "rail" || feature.properties.geometry_precision !== "schematic";
    if (!checked || feature.geometry.type !== "LineString") continue;
    const allowed = waypointCountries(feature);
    for (const position of samples(feature.geometry.coordinates, 3)) {
      const country = containing(countries, position)?.name;
      if (country && !allowed.has(country)) {
        strays.push(
          `${feature.properties.id} enters ${country} at ${position.map((value) => value.toFixed(3))}`,
        );
        break;
      }
    }
  }
  expect(strays).toEqual([]);
});

test("lines between ports and facilities stay at sea, away from their ends", () => {
  const seaKinds = new Set(["port", "facility"]);
  const aground: string[] = [];
  for (const { feature } of routes) {
    const waypoints = feature.properties.waypoints ?? [];
    const atSea =
      waypoints.length > 0 &&
      waypoints.every((id) => seaKinds.has(dataset.places.get(id)?.properties.place_kind ?? ""));
    if (!atSea || feature.geometry.type !== "LineString") continue;
    const coordinates = feature.geometry.coordinates;
    const ends = [coordinates[0], coordinates.at(-1)] as number[][];
    for (const position of samples(coordinates, 1)) {
      if (ends.some((end) => distance(end, position) < 3)) continue;
      if (containing(land, position)) {
        aground.push(`${feature.properties.id} crosses land at ${position.map((value) => value.toFixed(3))}`);
        break;
      }
    }
  }
  expect(aground).toEqual([]);
});

test("the committed geometry is exactly what scripts/build-routes.ts builds", () => {
  const manifest = JSON.parse(readFileSync(`${geojsonDirectory}layers.json`, "utf8")) as {
    layers: Array<{ id: string; file: string; kind: string }>;
  };
  const read = (file: string) => JSON.parse(readFileSync(`${geojsonDirectory}${file}`, "utf8"));
  const places = placeCoordinates(read("places.geojson"));
  for (const entry of manifest.layers) {
    const committed = read(entry.file);
    expect(rebuildLayer(entry, committed, places), entry.file).toEqual(committed);
  }
});
