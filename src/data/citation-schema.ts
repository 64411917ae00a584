import { z } from "zod";
import { IsoDate } from "./iso-date.ts";
import { limits } from "./limits.ts";
import { Identifier, text } from "./primitives.ts";
import { addProblem } from "./schema-messages.ts";

export const Citation = z.strictObject(
  {
    /** The id of an entry in publications.json. */
    publication: Identifier,
    /** Who made the claim, when that is not the publisher (e.g. a spokesperson quoted in a newspaper). */
    claimant: text(limits.publisherLength, "the claimant's name and role").optional(),
    /** A short verbatim extract from the publication. */
    quote: text(limits.quoteLength, "a short verbatim quote").optional(),
    note: text(limits.noteLength, "a note on this citation").optional(),
  },
  { error: 'a citation object { "publication": id, "claimant"?, "quote"?, "note"? }' },
);
export type Citation = z.infer<typeof Citation>;

export const Citations = z
  .array(Citation, { error: "a list of citations" })
  .min(1, { error: "at least one citation: every claim needs a publication" });

export const responseKinds = [
  "denied",
  "declined-to-comment",
  "neither-confirmed-nor-denied",
  "acknowledged",
] as const;
export type ResponseKind = (typeof responseKinds)[number];

/**
 * How a party named in a claim answered it, as reported: a denial, a refusal to comment ("I don't comment on
 * rumors" is not a denial), an answer that neither confirms nor denies, or an acknowledgement. A claim's
 * responses, in date order, show how its answer changed (e.g. "fake news", then admitted).
 */
export const Response = z.strictObject(
  {
    kind: z.enum(responseKinds, {
      error: `one of ${responseKinds.map((kind) => `"${kind}"`).join(", ")}`,
    }),
    who: text(limits.publisherLength, "who responded (name and role)"),
    date: IsoDate,
    /** What was said, in brief; verbatim words belong in a citation's quote. */
    statement: text(limits.noteLength, "what was said").optional(),
    citations: Citations,
  },
  { error: 'a response object { "kind", "who", "date", "statement"?, "citations" }' },
);
export type Response = z.infer<typeof Response>;

const Range = z
  .strictObject(
    {
      min: z.number({ error: "a number" }).nonnegative({ error: "a number of at least 0" }),
      max: z.number({ error: "a number" }).nonnegative({ error: "a number of at least 0" }),
    },
    { error: "a range { min, max }" },
  )
  .superRefine((range, context) => {
    if (range.min > range.max) {
      addProblem(context, ["max"], `is ${range.max}, below min ${range.min}; expected max ≥ min`);
    }
  });

/**
 * One figure as one claimant gave it: the number, what it counts, when it was said to hold and who said it in
 * which publication. Figures that differ are listed side by side, never merged.
 */
export const ReportedFigure = z.strictObject(
  {
    amount: z.union([z.number().nonnegative(), Range], {
      error: "a number of at least 0, or a range { min, max }",
    }),
    /** The unit, short and shared between figures that can be compared: "containers", "shells", "km". */
    unit: text(limits.unitLength, "the unit counted"),
    /** What is counted, as the claimant counts it: "containers shipped to Russia since Sep 2023". */
    counts: text(limits.titleLength * 2, "what is counted"),
    /** The claimant's own hedge: "more than", "about", "at least", "up to". */
    qualifier: text(limits.unitLength, 'a qualifier such as "more than" or "about"').optional(),
    /** When the figure was said to hold (or, failing that, when it was said). */
    as_of: IsoDate,
    /** Who gave the figure: a person with their role, or the publisher itself. */
    claimant: text(limits.publisherLength, "who gave the figure"),
    /** The publication that reports this figure; it must also be among the feature's citations. */
    publication: Identifier,
    note: text(limits.noteLength, "a note on the figure").optional(),
  },
  { error: 'a reported figure { "amount", "unit", "counts", "as_of", "claimant", "publication", … }' },
);
export type ReportedFigure = z.infer<typeof ReportedFigure>;

/** Where a (usually secondary) publication's account differs from the primary statement the claim follows. */
export const Discrepancy = z.strictObject(
  {
    publication: Identifier,
    note: text(limits.noteLength, "how its account differs"),
  },
  { error: 'a discrepancy { "publication", "note" }' },
);
export type Discrepancy = z.infer<typeof Discrepancy>;
