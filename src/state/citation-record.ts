import type { Citation, Publication } from "../data/index.ts";
import type { CitationRecord } from "./feature-record.ts";

export type PublicationLookup = (id: string) => Publication | undefined;

/** A citation with its publication looked up: what every list and export of sources reads. */
export function citationRecord(citation: Citation, publication: PublicationLookup): CitationRecord {
  const found = publication(citation.publication);
  const extra = {
    ...(citation.claimant ? { claimant: citation.claimant } : {}),
    ...(citation.quote ? { quote: citation.quote } : {}),
    ...(citation.note ? { note: citation.note } : {}),
  };
  if (!found) {
    return {
      publicationId: citation.publication,
      resolved: false,
      publisher: "Unknown publication",
      title: "",
      published: "",
      ...extra,
    };
  }
  return {
    publicationId: found.id,
    resolved: true,
    publisher: found.publisher,
    title: found.title,
    published: found.published,
    reliability: found.reliability,
    kind: found.kind,
    ...(found.author ? { author: found.author } : {}),
    ...(found.url ? { url: found.url } : {}),
    ...(found.title_is_description ? { titleIsDescription: true } : {}),
    ...extra,
  };
}
