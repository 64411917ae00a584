import { z } from "zod";
import { IsoDate, Period } from "./iso-date.ts";
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

export const Denial = z.strictObject(
  {
    who: text(limits.publisherLength, "who denied it (name and role)"),
    date: IsoDate,
    /** What was said, in brief; verbatim words belong in a citation's quote. */
    statement: text(limits.noteLength, "what was said").optional(),
    citations: Citations,
  },
  { error: 'a denial object { "who", "date", "statement"?, "citations" }' },
);
export type Denial = z.infer<typeof Denial>;

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

export const volumeQualifiers = ["about", "more-than", "at-least", "up-to", "could-exceed"] as const;

export const ReportedVolume = z.strictObject(
  {
    amount: z.union([z.number().nonnegative(), Range], {
      error: "a number of at least 0, or a range { min, max }",
    }),
    /** What was counted, as the publication counts it: "containers", "artillery shells", "tonnes of explosives". */
    unit: text(limits.titleLength, "the unit counted"),
    qualifier: z
      .enum(volumeQualifiers, { error: `one of ${volumeQualifiers.map((value) => `"${value}"`).join(", ")}` })
      .optional(),
    /** The publication that reports this figure; it must also be among the feature's citations. */
    publication: Identifier,
    claimant: text(limits.publisherLength, "who gave the figure").optional(),
    period: Period.optional(),
    note: text(limits.noteLength, "a note on the figure").optional(),
  },
  { error: 'a reported volume { "amount", "unit", "publication", … }' },
);
export type ReportedVolume = z.infer<typeof ReportedVolume>;

/** Where a (usually secondary) publication's account differs from the primary statement the claim follows. */
export const Discrepancy = z.strictObject(
  {
    publication: Identifier,
    note: text(limits.noteLength, "how its account differs"),
  },
  { error: 'a discrepancy { "publication", "note" }' },
);
export type Discrepancy = z.infer<typeof Discrepancy>;
