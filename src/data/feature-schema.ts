import { z } from "zod";
import { Citation, Citations, Discrepancy, ReportedFigure, Response } from "./citation-schema.ts";
import { Geometry, PointGeometry } from "./geometry-schema.ts";
import { Period } from "./iso-date.ts";
import { limits } from "./limits.ts";
import { Confidence, GeometryPrecision, Identifier, Notes, Status, text } from "./primitives.ts";

function nonEmptyList<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item, { error: `a list of ${what}` })
    .min(1, { error: `at least one of ${what} (leave the property out when there are none)` });
}

export const routeModes = ["rail", "sea", "road", "air", "unspecified"] as const;

/** Properties of every route, flow, event and area feature: the claim and its sourcing. */
export const RouteProperties = z.strictObject(
  {
    id: Identifier,
    title: text(limits.titleLength, "a short title"),
    claim: text(limits.claimLength, "what is alleged, in a sentence or two"),
    status: Status,
    confidence: Confidence,
    confidence_note: text(limits.noteLength, "why this confidence").refine(
      (value) => value.length >= limits.confidenceNoteMinimum,
      { error: `a real reason for the confidence (at least ${limits.confidenceNoteMinimum} characters)` },
    ),
    citations: Citations,
    period: Period,
    geometry_precision: GeometryPrecision,
    /** How the parties named in the claim answered it: denials, refusals to comment, admissions. */
    responses: nonEmptyList(Response, "responses").optional(),
    /** Every figure reported for the claim, each with its claimant, publication and date. */
    figures: nonEmptyList(ReportedFigure, "reported figures").optional(),
    discrepancies: nonEmptyList(Discrepancy, "discrepancies").optional(),
    mode: z
      .enum(routeModes, { error: `one of ${routeModes.map((mode) => `"${mode}"`).join(", ")}` })
      .optional(),
    /** Ids of the places the geometry was built from, in order along the line. */
    waypoints: nonEmptyList(Identifier, "place ids").optional(),
    /** How the geometry was drawn, and what it does not claim. */
    location_note: text(limits.noteLength, "how the geometry was drawn").optional(),
    notes: Notes.optional(),
  },
  { error: "an object of feature properties" },
);
export type RouteProperties = z.infer<typeof RouteProperties>;

export const RouteFeature = z.object(
  {
    type: z.literal("Feature", { error: '"Feature"' }),
    id: z.union([z.string(), z.number()]).optional(),
    geometry: Geometry,
    properties: RouteProperties,
  },
  { error: "a GeoJSON Feature object" },
);
export type RouteFeature = z.infer<typeof RouteFeature>;

export const placeKinds = [
  "port",
  "station",
  "city",
  "depot",
  "border-crossing",
  "airbase",
  "cosmodrome",
  "facility",
  "capital",
] as const;

const hangul = /^[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f ]+$/;
const cyrillic = /^[\u0400-\u04ff\- ]+$/;

export const PlaceProperties = z.strictObject(
  {
    id: Identifier,
    name: text(limits.titleLength, "the English name"),
    name_ko: z
      .string({ error: "the Korean name in Hangul" })
      .regex(hangul, { error: "the Korean name in Hangul only" })
      .optional(),
    name_ru: z
      .string({ error: "the Russian name in Cyrillic" })
      .regex(cyrillic, { error: "the Russian name in Cyrillic only" })
      .optional(),
    place_kind: z.enum(placeKinds, { error: `one of ${placeKinds.map((kind) => `"${kind}"`).join(", ")}` }),
    /** 1 = always labelled, 2 = from regional zoom, 3 = only zoomed in. */
    rank: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "1, 2 or 3" }),
    geometry_precision: GeometryPrecision,
    /** ISO 3166-1 alpha-3 code of the country the place lies in; absent for a place on a border. */
    country: z
      .string({ error: 'an ISO 3166-1 alpha-3 country code such as "RUS"' })
      .regex(/^[A-Z]{3}$/, { error: 'an ISO 3166-1 alpha-3 country code such as "RUS"' })
      .optional(),
    /** Why the place is on the map, in a few words. */
    role: text(limits.titleLength * 2, "why the place is on the map").optional(),
    location_note: text(limits.noteLength, "where the coordinate comes from").optional(),
    citations: nonEmptyList(Citation, "citations").optional(),
    notes: Notes.optional(),
  },
  { error: "an object of place properties" },
);
export type PlaceProperties = z.infer<typeof PlaceProperties>;

export const PlaceFeature = z.object(
  {
    type: z.literal("Feature", { error: '"Feature"' }),
    id: z.union([z.string(), z.number()]).optional(),
    geometry: PointGeometry,
    properties: PlaceProperties,
  },
  { error: "a GeoJSON Feature object" },
);
export type PlaceFeature = z.infer<typeof PlaceFeature>;

export type DataFeature = RouteFeature | PlaceFeature;

export function isPlaceFeature(feature: DataFeature): feature is PlaceFeature {
  return "place_kind" in feature.properties;
}
