import { z } from "zod";
import { Citations } from "./citation-schema.ts";
import { IsoDate, isIsoDate, isoDateEndMs, isoDateStartMs } from "./iso-date.ts";
import { limits } from "./limits.ts";
import { Confidence, Identifier, text } from "./primitives.ts";
import { addProblem } from "./schema-messages.ts";

/*
 * A briefing tour (geojson/tour.json): ordered steps, each a view of the map with a short, cited text. Every
 * sentence cites publications as features do; one that cites nothing must say it is framing, and framing states
 * no figure or date.
 */

/** Caps for tours. The zoom and pitch maxima are the map's own (src/map/MapView.tsx, MapLibre's default pitch). */
export const tourLimits = {
  sentenceLength: 400,
  sentences: 8,
  zoomMaximum: 11,
  pitchMaximum: 60,
} as const;

const digit = /\d/;

export const TourSentence = z
  .strictObject(
    {
      text: text(tourLimits.sentenceLength, "a sentence"),
      citations: Citations.optional(),
      /** Marks a sentence that states no fact (it explains the map or links the story) and so cites nothing. */
      framing: z.literal(true, { error: "true (leave it out for a cited sentence)" }).optional(),
    },
    { error: 'a sentence { "text", "citations" } or { "text", "framing": true }' },
  )
  .superRefine((sentence, context) => {
    if (sentence.framing && sentence.citations) {
      addProblem(context, ["framing"], 'is true beside citations; expected either "citations" or "framing"');
    }
    if (!sentence.framing && !sentence.citations) {
      addProblem(
        context,
        ["citations"],
        'is missing; expected citations for a factual sentence, or "framing": true for one that states no fact',
      );
    }
    // Figures and dates are facts: a framing sentence with a digit in it is almost surely missing its citations.
    if (sentence.framing && typeof sentence.text === "string" && digit.test(sentence.text)) {
      addProblem(
        context,
        ["text"],
        "contains a figure or date in a framing sentence; expected citations for it (framing states no fact)",
      );
    }
  });
export type TourSentence = z.infer<typeof TourSentence>;

function bounded(what: string, minimum: number, maximum: number) {
  const expectation = `${what} from ${minimum} to ${maximum}`;
  return z
    .number({ error: expectation })
    .min(minimum, { error: expectation })
    .max(maximum, { error: expectation });
}

export const TourCamera = z.strictObject(
  {
    /** [longitude, latitude], as GeoJSON positions are. */
    center: z.tuple([bounded("a longitude", -180, 180), bounded("a latitude", -85, 85)], {
      error: "a position [longitude, latitude]",
    }),
    zoom: bounded("a zoom level", 0, tourLimits.zoomMaximum),
    bearing: bounded("a bearing in degrees", -180, 180),
    pitch: bounded("a pitch in degrees", 0, tourLimits.pitchMaximum),
  },
  { error: 'a camera { "center": [lon, lat], "zoom", "bearing", "pitch" }' },
);
export type TourCamera = z.infer<typeof TourCamera>;

export const TourRange = z
  .strictObject(
    {
      /** Absent: from the start of the data. */
      from: IsoDate.optional(),
      /** Absent: to the end of the data. */
      to: IsoDate.optional(),
    },
    { error: 'a date range { "from"?: ISO date, "to"?: ISO date }' },
  )
  .superRefine((range, context) => {
    if (range.from === undefined || range.to === undefined) return;
    if (!isIsoDate(range.from) || !isIsoDate(range.to)) return;
    if (isoDateEndMs(range.to) < isoDateStartMs(range.from)) {
      addProblem(
        context,
        ["to"],
        `is "${range.to}", before "${range.from}"; expected a "to" on or after "from"`,
      );
    }
  });
export type TourRange = z.infer<typeof TourRange>;

export const TourStep = z.strictObject(
  {
    id: Identifier,
    title: text(limits.titleLength, "the step's title"),
    text: z
      .array(TourSentence, { error: "a list of sentences" })
      .min(1, { error: "at least one sentence" })
      .max(tourLimits.sentences, { error: `at most ${tourLimits.sentences} sentences: a step is short` }),
    camera: TourCamera,
    /** The manifest layers shown at this step; every other layer is hidden. */
    layers: z.array(Identifier, { error: "a list of layer ids" }).min(1, { error: "at least one layer id" }),
    range: TourRange,
    minimum_confidence: Confidence.optional(),
    /** Ids of the features this step is about; they are drawn emphasised. */
    highlight: z.array(Identifier, { error: "a list of feature ids" }),
  },
  { error: "a tour step object" },
);
export type TourStep = z.infer<typeof TourStep>;

export type Tour = { title: string; description?: string; steps: TourStep[] };

/** The file's outer shape; steps are checked one by one so that one bad step does not hide the others. */
export const TourFile = z.strictObject(
  {
    title: text(limits.titleLength, "the tour's title"),
    description: text(limits.claimLength, "what the tour tells").optional(),
    steps: z.array(z.unknown(), { error: "a list of steps" }).min(1, { error: "at least one step" }),
  },
  { error: 'an object { "title", "description"?, "steps": [ … ] }' },
);

/** Property names of the tour model, for "did you mean" on misspelled keys. */
export const tourPropertyNames: ReadonlySet<string> = new Set(
  [TourFile, TourStep, TourCamera]
    .flatMap((schema) => Object.keys(schema.shape))
    .concat(["text", "citations", "framing", "from", "to", "publication", "claimant", "quote", "note"]),
);
