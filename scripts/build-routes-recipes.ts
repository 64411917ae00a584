import { ellipse, greatCircle } from "@turf/turf";
import type { Geometry } from "../src/data/index.ts";

/*
 * How each feature's geometry is drawn from the named places in geojson/places.geojson. A route runs through the
 * places listed in its `waypoints`; between two of them it may pass extra shape points. Shape points are not
 * places and not reported stops: they are general-knowledge coordinates (towns on a railway, points at sea) used
 * only so that a line follows a railway approximately, keeps off the coast, or stays inside Russia. Every
 * feature that uses them says so in its `location_note`.
 */

export type LonLat = [number, number];

/** Extra shape between waypoint `index` and the next one. */
type Leg = { via?: readonly LonLat[]; greatCircle?: boolean };
type LineRecipe = { kind: "line"; legs?: Record<number, Leg> };
type EllipseRecipe = { kind: "ellipse"; center: LonLat; xSemiAxisKm: number; ySemiAxisKm: number };
type CountryRecipe = { kind: "country-outline"; country: string };
export type Recipe = LineRecipe | EllipseRecipe | CountryRecipe;

// Rajin–Sonbong–Tumangang railway, along the lagoons.
const rajinToTumangang: LonLat[] = [
  [130.33, 42.29],
  [130.4, 42.335],
  [130.5, 42.36],
  [130.57, 42.4],
];
// North Korea's east-coast line: Hamhung, Kimchaek, Chongjin, then Rajin.
const pyongyangToTumangang: LonLat[] = [
  [127.54, 39.92],
  [129.19, 40.67],
  [129.55, 41.45],
  [129.76, 41.78],
  [130.0, 42.05],
  [130.28, 42.27],
  ...rajinToTumangang,
];
// Khasan line north to the Trans-Siberian: Kraskino, Barabash, Razdolnoye, Baranovsky. It keeps west of Posyet
// Bay and north of Amur Bay, on land (checked against Natural Earth 1:10m land).
const khasanToUssuriysk: LonLat[] = [
  [130.68, 42.52],
  [130.71, 42.58],
  [130.67, 42.63],
  [130.64, 42.67],
  [130.66, 42.705],
  [130.76, 42.72],
  [130.95, 42.78],
  [131.25, 42.95],
  [131.48, 43.2],
  [131.7, 43.38],
  [131.92, 43.55],
  [131.97, 43.71],
];
// Trans-Siberian: Spassk-Dalny, Lesozavodsk, Bikin, Vyazemsky.
const ussuriyskToKhabarovsk: LonLat[] = [
  [132.81, 44.6],
  [133.41, 45.48],
  [134.27, 46.82],
  [134.75, 47.53],
];
// Trans-Siberian west: Birobidzhan, Obluchye, Arkhara, Zavitinsk, Belogorsk.
const khabarovskToBelogorsk: LonLat[] = [
  [132.93, 48.79],
  [131.05, 49.0],
  [130.08, 49.42],
  [129.44, 50.11],
  [128.47, 50.92],
];
// Russia's main east–west railways, through well-known cities (Shimanovsk … Volgograd), so that the schematic
// line stays inside Russia instead of cutting across China, Mongolia, Kazakhstan or Ukraine.
const belogorskToVolgograd: LonLat[] = [
  [127.68, 52.0],
  [125.8, 53.45],
  [123.93, 53.99],
  [119.75, 53.73],
  [113.5, 52.03],
  [107.61, 51.83],
  // Round the southern end of Lake Baikal, as the Trans-Siberian runs, not across the lake.
  [106.2, 51.55],
  [105.2, 51.45],
  [104.3, 51.45],
  [103.8, 51.55],
  [103.6, 51.7],
  [104.28, 52.29],
  [92.87, 56.01],
  [82.92, 55.03],
  [73.37, 54.98],
  [65.53, 57.15],
  [60.6, 56.84],
  [55.97, 54.74],
  [50.1, 53.2],
  [46.03, 51.53],
  [44.52, 48.71],
];
// Branch from Fokino to the main line round the head of Ussuri Bay, past Artyom.
const fokinoToUssuriysk: LonLat[] = [
  [132.45, 43.12],
  [132.42, 43.25],
  [132.3, 43.33],
  [132.19, 43.36],
  [131.98, 43.62],
];
// From the Dunai facility north over the peninsula to Fokino, on land.
const dunaiToFokino: LonLat[] = [[132.32, 42.93]];
// Vladivostok north along the east shore of Amur Bay to the Trans-Siberian.
const vladivostokNorth: LonLat[] = [
  [131.93, 43.17],
  [131.99, 43.22],
  [132.03, 43.25],
  [132.08, 43.29],
  [132.07, 43.33],
  [131.96, 43.45],
];
// Out of Rajin's harbour to the south, offshore round the Tumen mouth and Cape Gamov into Peter the Great Gulf.
const seaFromRajin: LonLat[] = [
  [130.3, 42.225],
  [130.285, 42.195],
  [130.31, 42.175],
  [130.4, 42.16],
  [130.75, 42.15],
  [131.25, 42.4],
  [132.0, 42.55],
];
// Into Nakhodka Gulf from the south, then east into Wrangel Bay.
const seaRajinToVostochny: LonLat[] = [
  ...seaFromRajin,
  [132.7, 42.55],
  [132.95, 42.64],
  [132.99, 42.72],
  [133.04, 42.752],
];
// Into Strelok Bay, then along the east side of the Dunai peninsula.
const seaRajinToDunai: LonLat[] = [
  ...seaFromRajin,
  [132.25, 42.75],
  [132.32, 42.8],
  [132.37, 42.84],
  [132.365, 42.87],
];

// Into Vladivostok from the south: past the east side of Russky Island and through the Eastern Bosphorus.
const seaIntoVladivostok: LonLat[] = [
  [131.9, 42.7],
  [132.02, 42.98],
  [131.95, 43.07],
];
// From Chongjin offshore past Rajin and the Tumen mouth into Peter the Great Gulf.
const seaChongjinToVladivostok: LonLat[] = [
  [129.95, 41.7],
  [130.6, 41.9],
  [131.3, 42.3],
  ...seaIntoVladivostok,
];
// Out of Hungnam, Hamhung's port, and north-east off the coast to Chongjin.
const seaHamhungToChongjin: LonLat[] = [
  [127.62, 39.83],
  [128.0, 39.75],
  [129.3, 40.4],
  [129.9, 41.2],
  [129.95, 41.7],
];
// Out of Wonsan through Yonghung Bay, then north-east well off the coast.
const seaWonsanToVladivostok: LonLat[] = [
  [127.6, 39.22],
  [128.0, 39.4],
  [129.0, 40.0],
  [130.0, 40.9],
  [130.9, 41.7],
  [131.6, 42.4],
  ...seaIntoVladivostok,
];

const reversed = (points: readonly LonLat[]): LonLat[] => [...points].reverse();
// The same main line as far as Yekaterinburg, where the line to Moscow leaves it.
const belogorskToYekaterinburg: LonLat[] = belogorskToVolgograd.slice(
  0,
  belogorskToVolgograd.findIndex(([longitude]) => longitude === 60.6) + 1,
);

export const recipes: Record<string, Recipe> = {
  "sea-rajin-dunai-2023": { kind: "line", legs: { 0: { via: seaRajinToDunai } } },
  "sea-rajin-vostochny-2023": { kind: "line", legs: { 0: { via: seaRajinToVostochny } } },
  "rail-far-east-to-tikhoretsk": {
    kind: "line",
    legs: {
      0: { via: dunaiToFokino },
      1: { via: fokinoToUssuriysk },
      2: { via: ussuriyskToKhabarovsk },
      3: { via: [...khabarovskToBelogorsk, ...belogorskToVolgograd] },
    },
  },
  "return-containers-food-fuel": { kind: "line", legs: { 0: { via: reversed(seaRajinToVostochny) } } },
  "technology-transfer-alleged": { kind: "line", legs: { 0: { greatCircle: true } } },
  "kim-train-pyongyang-to-khasan": { kind: "line", legs: { 0: { via: pyongyangToTumangang } } },
  "kim-train-khasan-to-cosmodrome": {
    kind: "line",
    legs: {
      0: { via: khasanToUssuriysk },
      1: { via: ussuriyskToKhabarovsk },
      2: { via: khabarovskToBelogorsk },
    },
  },
  "kim-train-far-east-tour": {
    kind: "line",
    legs: {
      1: {
        via: [
          [136.6, 49.6],
          [135.07, 48.48],
          ...reversed(ussuriyskToKhabarovsk),
          [131.95, 43.8],
          [131.98, 43.62],
        ],
      },
    },
  },
  "kim-train-vladivostok-and-home": {
    kind: "line",
    legs: {
      1: { via: [...vladivostokNorth, [131.92, 43.55], ...reversed(khasanToUssuriysk).slice(2)] },
      4: { via: reversed(pyongyangToTumangang) },
    },
  },
  "troops-sea-nis-2024-10": {
    kind: "line",
    legs: { 0: { via: seaHamhungToChongjin }, 1: { via: seaChongjinToVladivostok } },
  },
  "troops-sea-us-wonsan-2024-10": { kind: "line", legs: { 0: { via: seaWonsanToVladivostok } } },
  "troops-air-an124-pyongyang-vladivostok-2024-10": { kind: "line", legs: { 0: { greatCircle: true } } },
  "troops-air-vladivostok-west-2024": { kind: "line", legs: { 0: { greatCircle: true } } },
  "troops-air-hwangju-moscow-2024-10": { kind: "line", legs: { 0: { greatCircle: true } } },
  "through-trains-pyongyang-moscow-2025-06": {
    kind: "line",
    legs: {
      0: { via: pyongyangToTumangang },
      3: { via: khasanToUssuriysk },
      4: { via: ussuriyskToKhabarovsk },
      // West as far as Yekaterinburg, then Kazan and Nizhny Novgorod to Moscow.
      5: {
        via: [...khabarovskToBelogorsk, ...belogorskToYekaterinburg, [49.12, 55.79], [44.0, 56.33]],
      },
    },
  },
  "flights-moscow-pyongyang-2025-07": { kind: "line", legs: { 0: { greatCircle: true } } },
  "flights-vladivostok-pyongyang-2025": { kind: "line", legs: { 0: { greatCircle: true } } },
  "return-oil-vostochny-2024": { kind: "line", legs: { 0: { via: reversed(seaRajinToVostochny) } } },
  "return-air-defence-2024": { kind: "line", legs: { 2: { greatCircle: true } } },
  "return-money-2024-2025": { kind: "line", legs: { 0: { greatCircle: true } } },
  "workers-alabuga-2025": { kind: "line", legs: { 0: { greatCircle: true } } },
  "paper-destination-middle-east-north-africa": {
    kind: "ellipse",
    center: [35, 27.5],
    xSemiAxisKm: 2300,
    ySemiAxisKm: 800,
  },
  "iran-suspected-transit": { kind: "country-outline", country: "Iran" },
};

export type PlaceCoordinates = ReadonlyMap<string, readonly number[]>;
export type CountryOutline = (country: string) => number[][][];

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const roundPosition = (position: readonly number[], digits: number): number[] =>
  position.slice(0, 2).map((value) => round(value, digits));

function placeCoordinates(id: string, places: PlaceCoordinates): readonly number[] {
  const coordinates = places.get(id);
  if (!coordinates) throw new Error(`waypoint "${id}" is not a place in places.geojson`);
  return coordinates;
}

function lineThrough(
  waypoints: readonly string[],
  recipe: LineRecipe | undefined,
  places: PlaceCoordinates,
): number[][] {
  const positions: number[][] = [];
  for (const [index, id] of waypoints.entries()) {
    const here = placeCoordinates(id, places);
    positions.push([...here]);
    const nextId = waypoints[index + 1];
    if (nextId === undefined) break;
    const leg = recipe?.legs?.[index];
    if (leg?.greatCircle) {
      const arc = greatCircle(here as number[], placeCoordinates(nextId, places) as number[], {
        npoints: 48,
      });
      if (arc.geometry.type !== "LineString")
        throw new Error(`great circle from "${id}" crosses the antimeridian`);
      positions.push(...arc.geometry.coordinates.slice(1, -1));
    }
    for (const point of leg?.via ?? []) positions.push([...point]);
  }
  return positions.map((position) => roundPosition(position, 5));
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
    return { type: "Point", coordinates: roundPosition(placeCoordinates(waypoints[0] as string, places), 5) };
  }
  if (waypoints.length < 2) throw new Error(`route "${properties.id}" needs at least two waypoints`);
  return { type: "LineString", coordinates: lineThrough(waypoints, recipe, places) };
}
