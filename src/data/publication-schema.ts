import { z } from "zod";
import { IsoDate } from "./iso-date.ts";
import { limits } from "./limits.ts";
import { HttpUrl, Identifier, text } from "./primitives.ts";

export const publicationKinds = [
  "government-statement",
  "sanctions-action",
  "un-document",
  "intelligence-assessment",
  "news",
  "state-media",
  "think-tank",
  "imagery-analysis",
  "commentary",
  "statement",
] as const;

/** Admiralty (AJP-2.1) source reliability, A completely reliable … F cannot be judged. */
export const Reliability = z.enum(["A", "B", "C", "D", "E", "F"], {
  error: 'an Admiralty source-reliability letter "A" to "F"',
});
export type Reliability = z.infer<typeof Reliability>;

export const Publication = z.strictObject(
  {
    id: Identifier,
    publisher: text(limits.publisherLength, "the publisher's name"),
    title: text(limits.publicationTitleLength, "the publication's title"),
    /**
     * True when `title` describes the item because its real headline is not on record: it is then shown in
     * square brackets everywhere, never as a headline.
     */
    title_is_description: z.boolean({ error: "true or false" }).optional(),
    author: text(limits.publisherLength, "the author's name").optional(),
    published: IsoDate,
    /** Only a known, exact address: never a guessed one. */
    url: HttpUrl.optional(),
    kind: z.enum(publicationKinds, {
      error: `one of ${publicationKinds.map((kind) => `"${kind}"`).join(", ")}`,
    }),
    reliability: Reliability,
    /** Why the reliability letter was given (a project rating, not taken from the publication). */
    reliability_note: text(limits.noteLength, "a note on the rating").optional(),
    /** Honesty notes: inferred dates, missing titles, inconsistencies inside the publication. */
    note: text(limits.noteLength, "a note").optional(),
    /** The project seed file this publication came from ("000" … "004"), for traceability. */
    seed: z
      .string({ error: 'a three-digit seed number such as "003"' })
      .regex(/^\d{3}$/, { error: 'a three-digit seed number such as "003"' })
      .optional(),
    /** For statements known only through another outlet: who carried it. */
    via: text(limits.publisherLength, "the outlet that carried it").optional(),
  },
  { error: "a publication object" },
);
export type Publication = z.infer<typeof Publication>;

export const PublicationsFile = z.strictObject(
  { publications: z.array(z.unknown(), { error: "an array of publications" }) },
  { error: 'an object { "publications": [ … ] }' },
);
