import { ellipse } from "@turf/turf";
import type { Geometry } from "../src/data/index.ts";
import {
  buildPlaceRoute,
  type LegKind,
  type LonLat,
  laneBetween,
  type PlacePoint,
  roundPosition,
  routeDigits,
} from "../src/routing/index.ts";

/*
 * How each feature's geometry is drawn from the named places in geojson/places.geojson. A route runs through the
 * places listed in its `waypoints`; each leg between two of them is straight unless its recipe says otherwise:
 * along the known sea lane or railway between the two places (src/routing/lanes.ts, where the shape points and
 * what they stand for are), or as a great circle. Every feature whose line uses shape points says so in its
 * `location_note`.
 */

/** How the leg after waypoint `index` is drawn; a leg not listed is straight. */
type LineRecipe = { kind: "line"; legs?: Record<number, LegKind> };
type EllipseRecipe = { kind: "ellipse"; center: LonLat; xSemiAxisKm: number; ySemiAxisKm: number };
type CountryRecipe = { kind: "country-outline"; country: string };
export type Recipe = LineRecipe | EllipseRecipe | CountryRecipe;

export const recipes: Record<string, Recipe> = {
  "sea-rajin-dunai-2023": { kind: "line", legs: { 0: "sea" } },
  "sea-rajin-vostochny-2023": { kind: "line", legs: { 0: "sea" } },
  "rail-far-east-to-tikhoretsk": { kind: "line", legs: { 0: "rail", 1: "rail", 2: "rail", 3: "rail" } },
  "return-containers-food-fuel": { kind: "line", legs: { 0: "sea" } },
  "technology-transfer-alleged": { kind: "line", legs: { 0: "great-circle" } },
  "kim-train-pyongyang-to-khasan": { kind: "line", legs: { 0: "rail" } },
  "kim-train-khasan-to-cosmodrome": { kind: "line", legs: { 0: "rail", 1: "rail", 2: "rail" } },
  "kim-train-far-east-tour": { kind: "line", legs: { 1: "rail" } },
  "kim-train-vladivostok-and-home": { kind: "line", legs: { 1: "rail", 4: "rail" } },
  "troops-sea-nis-2024-10": { kind: "line", legs: { 0: "sea", 1: "sea" } },
  "troops-sea-us-wonsan-2024-10": { kind: "line", legs: { 0: "sea" } },
  "troops-air-an124-pyongyang-vladivostok-2024-10": { kind: "line", legs: { 0: "great-circle" } },
  "troops-air-vladivostok-west-2024": { kind: "line", legs: { 0: "great-circle" } },
  "troops-air-hwangju-moscow-2024-10": { kind: "line", legs: { 0: "great-circle" } },
  "through-trains-pyongyang-moscow-2025-06": {
    kind: "line",
    legs: { 0: "rail", 3: "rail", 4: "rail", 5: "rail" },
  },
  "flights-moscow-pyongyang-2025-07": { kind: "line", legs: { 0: "great-circle" } },
  "flights-vladivostok-pyongyang-2025": { kind: "line", legs: { 0: "great-circle" } },
  "return-oil-vostochny-2024": { kind: "line", legs: { 0: "sea" } },
  "return-air-defence-2024": { kind: "line", legs: { 2: "great-circle" } },
  "return-money-2024-2025": { kind: "line", legs: { 0: "great-circle" } },
  "workers-alabuga-2025": { kind: "line", legs: { 0: "great-circle" } },
  "paper-destination-middle-east-north-africa": {
    kind: "ellipse",
    center: [35, 27.5],
    xSemiAxisKm: 2300,
    ySemiAxisKm: 800,
  },
  "iran-suspected-transit": { kind: "country-outline", country: "Iran" },
};

export type PlaceCoordinates = ReadonlyMap<string, PlacePoint>;
export type CountryOutline = (country: string) => number[][][];

function placeCoordinates(id: string, places: PlaceCoordinates): readonly number[] {
  const place = places.get(id);
  if (!place) throw new Error(`waypoint "${id}" is not a place in places.geojson`);
  return place.coordinates;
}

/** The kind of each leg; a sea or rail leg in a recipe must have a known lane (no silent straight fallback). */
function legKinds(
  featureId: string,
  waypoints: readonly string[],
  recipe: LineRecipe | undefined,
): LegKind[] {
  return waypoints.slice(1).map((to, index) => {
    const kind = recipe?.legs?.[index] ?? "straight";
    const from = waypoints[index] as string;
    if ((kind === "sea" || kind === "rail") && !laneBetween(kind, from, to))
      throw new Error(`feature "${featureId}": no ${kind} lane is known from "${from}" to "${to}"`);
    return kind;
  });
}

/** The geometry of one feature, from its waypoints and its recipe. */
export function buildGeometry(
  properties: { id: string; waypoints?: readonly string[] },
  layerKind: string,
  places: PlaceCoordinates,
  countryOutline: CountryOutline,
): Geometry {
  const recipe = recipes[properties.id];
  if (recipe?.kind === "ellipse") {
    const shape = ellipse(recipe.center, recipe.xSemiAxisKm, recipe.ySemiAxisKm, {
      units: "kilometers",
      steps: 72,
    });
    return {
      type: "Polygon",
      coordinates: shape.geometry.coordinates.map((ring) =>
        ring.map((position) => roundPosition(position, 4)),
      ),
    };
  }
  if (recipe?.kind === "country-outline") {
    return {
      type: "Polygon",
      coordinates: countryOutline(recipe.country).map((ring) =>
        ring.map((position) => roundPosition(position, 4)),
      ),
    };
  }
  const waypoints = properties.waypoints ?? [];
  if (waypoints.length === 0) throw new Error(`feature "${properties.id}" has no waypoints and no recipe`);
  if (layerKind === "events") {
    if (waypoints.length !== 1) throw new Error(`event "${properties.id}" needs exactly one waypoint`);
    return {
      type: "Point",
      coordinates: roundPosition(placeCoordinates(waypoints[0] as string, places), routeDigits),
    };
  }
  if (waypoints.length < 2) throw new Error(`route "${properties.id}" needs at least two waypoints`);
  for (const id of waypoints) placeCoordinates(id, places);
  return buildPlaceRoute(waypoints, legKinds(properties.id, waypoints, recipe), places).geometry;
}
