import { greatCircle } from "@turf/turf";
import { type LaneKind, laneBetween } from "./lanes.ts";

/** How a leg between two stops is drawn. */
export type LegKind = "sea" | "rail" | "straight" | "great-circle";
export type PlacePoint = { id: string; name: string; coordinates: [number, number] };
export type PlaceRoute = {
  geometry: { type: "LineString"; coordinates: number[][] };
  /** The stop ids, in order (goes into the feature's `waypoints` property). */
  waypoints: string[];
  /** One sentence per leg saying how it was drawn, for the feature's location_note (never claims an exact route). */
  legNotes: string[];
  /** True when any leg is drawn straight or as a great circle, or a sea/rail leg had no known shape. */
  schematic: boolean;
};

/** Points on a great-circle leg, ends included (the shipped data was drawn with this many). */
export const greatCirclePoints = 48;
/** Decimal places of a route's coordinates (about a metre). */
export const routeDigits = 5;

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The first two values of a position, rounded to `digits` decimal places. */
export const roundPosition = (position: readonly number[], digits: number): number[] =>
  position.slice(0, 2).map((value) => round(value, digits));

const laneWords: Record<LaneKind, { drawn: string; missing: string; check: string }> = {
  sea: { drawn: "offshore lane", missing: "no offshore lane", check: "check it stays at sea" },
  rail: { drawn: "railway", missing: "no railway line", check: "check it follows the railway" },
};

type Leg = { points: number[][]; note: string; schematic: boolean };

function drawLeg(kind: LegKind, from: PlacePoint, to: PlacePoint): Leg {
  const pair = `${from.name}–${to.name}`;
  if (kind === "straight")
    return { points: [], note: `${pair}: drawn straight, a schematic line.`, schematic: true };
  if (kind === "great-circle") {
    const arc = greatCircle(from.coordinates, to.coordinates, { npoints: greatCirclePoints });
    if (arc.geometry.type !== "LineString")
      throw new Error(`the great circle from "${from.id}" to "${to.id}" crosses the antimeridian`);
    return {
      points: arc.geometry.coordinates.slice(1, -1),
      note: `${pair}: drawn as a great circle (the shortest way over the globe), a schematic line.`,
      schematic: true,
    };
  }
  const words = laneWords[kind];
  const lane = laneBetween(kind, from.id, to.id);
  if (!lane)
    return {
      points: [],
      note: `${words.missing} is known for ${pair}: drawn straight; ${words.check}.`,
      schematic: true,
    };
  return {
    points: lane.points.map((point) => [...point]),
    note: `${pair}: drawn along the ${words.drawn} (${lane.description}) through general-knowledge shape points, approximately, not a reported track.`,
    schematic: false,
  };
}

/**
 * A line through named places, each leg drawn as its kind says. Sea and rail legs follow the known lane between
 * the two places (in either direction) and fall back to a straight leg, said so in the leg's note, when none is
 * known.
 */
export function buildPlaceRoute(
  stops: readonly string[],
  legs: readonly LegKind[],
  places: ReadonlyMap<string, PlacePoint>,
): PlaceRoute {
  if (stops.length < 2) throw new Error(`a route needs at least two stops, not ${stops.length}`);
  if (legs.length !== stops.length - 1)
    throw new Error(`a route through ${stops.length} stops has ${stops.length - 1} legs, not ${legs.length}`);
  const points = stops.map((id) => {
    const place = places.get(id);
    if (!place) throw new Error(`"${id}" is not a known place`);
    return place;
  });
  const positions: number[][] = [];
  const legNotes: string[] = [];
  let schematic = false;
  for (const [index, here] of points.entries()) {
    positions.push([...here.coordinates]);
    const next = points[index + 1];
    const kind = legs[index];
    if (next === undefined || kind === undefined) break;
    const leg = drawLeg(kind, here, next);
    positions.push(...leg.points);
    legNotes.push(leg.note);
    schematic ||= leg.schematic;
  }
  return {
    geometry: {
      type: "LineString",
      coordinates: positions.map((position) => roundPosition(position, routeDigits)),
    },
    waypoints: [...stops],
    legNotes,
    schematic,
  };
}
