import { comparableTitleKey, comparableUrl } from "../data/feature-rules.ts";
import { parseDataset, publicationsFileName } from "../data/index.ts";
import { formatDatasetJson } from "../files/dataset-json.ts";
import { slugOf } from "../files/slug.ts";
import { problemsForPublication } from "./check-edits.ts";

/** A publication as a plain record: shipped, saved or being drafted (its fields may be missing or wrong). */
export type PublicationRecord = Record<string, unknown>;

export type AddPublicationResult =
  | { id: string; publication: PublicationRecord }
  | {
      /** By field key ("url", "published", "" for the whole entry), as the validator words them. */
      problems: Map<string, string[]>;
      /** The id of the listed publication the draft repeats (same address, or same publisher, title and date). */
      duplicateOf?: string;
    };

function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

// Words left out of ids: they say nothing about the item.
const stopWords = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "in",
  "on",
  "to",
  "for",
  "with",
  "by",
  "at",
  "from",
  "is",
]);

function significantWords(text: string, count: number): string[] {
  return slugOf(text, 200)
    .split("-")
    .filter((word) => word !== "" && !stopWords.has(word))
    .slice(0, count);
}

/**
 * An id in the style of the shipped ones: `<publisher>-<date>-<title words>`, e.g.
 * "rusi-2023-10-16-orient-express": the publisher without its article or explanation in brackets, the date as
 * published (year, month, day when known), the first words of the title that say something; "-2", "-3" … when
 * the id is taken.
 */
export function suggestPublicationId(draft: PublicationRecord, takenIds: Iterable<string> = []): string {
  const publisher = textOf(draft.publisher)
    .replace(/\([^)]*\)/g, " ")
    .split(",")[0] as string;
  const parts = [
    significantWords(publisher, 3).join("-"),
    /^\d{4}(-\d{2}){0,2}$/.test(textOf(draft.published)) ? textOf(draft.published) : "",
    significantWords(textOf(draft.title), 3).join("-"),
  ].filter((part) => part !== "");
  const base = slugOf(parts.join("-"), 72) || "publication";
  const taken = new Set(takenIds);
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
  return candidate;
}

/** The listed publication `draft` repeats: the same address, or the same publisher, title and date. */
export function duplicatePublication(
  registry: Iterable<PublicationRecord>,
  draft: PublicationRecord,
): string | undefined {
  const url = textOf(draft.url);
  const titleKey = comparableTitleKey({
    publisher: textOf(draft.publisher),
    title: textOf(draft.title),
    published: textOf(draft.published),
  });
  for (const publication of registry) {
    if (publication.id === draft.id) continue;
    const sameUrl =
      url !== "" &&
      textOf(publication.url) !== "" &&
      comparableUrl(textOf(publication.url)) === comparableUrl(url);
    const sameTitle =
      textOf(draft.title) !== "" &&
      comparableTitleKey({
        publisher: textOf(publication.publisher),
        title: textOf(publication.title),
        published: textOf(publication.published),
      }) === titleKey;
    if (sameUrl || sameTitle) return textOf(publication.id);
  }
  return undefined;
}

/**
 * Checks a new publication against the registry (for a correction, pass the registry without the publication) with the validator's own code: the schema, the
 * publication rules (no future date, no duplicate) and a free id. Without an id, one is suggested. On success,
 * the publication to save, with its id.
 */
export function addPublication(
  registry: readonly PublicationRecord[],
  draft: PublicationRecord,
  options: { today?: string } = {},
): AddPublicationResult {
  const id =
    textOf(draft.id) !== ""
      ? textOf(draft.id)
      : suggestPublicationId(
          draft,
          registry.map((publication) => textOf(publication.id)),
        );
  const { id: _draftId, ...rest } = draft;
  const publication = { id, ...rest };
  const duplicateOf = duplicatePublication(registry, publication);
  // Only publications.json: the dataset's other files, and so the "never cited" check, stay out of it.
  const { problems } = parseDataset(
    { [publicationsFileName]: formatDatasetJson({ publications: [...registry, publication] }) },
    options,
  );
  const found = problemsForPublication(
    problems.filter((problem) => problem.file === publicationsFileName),
    id,
  );
  if (found.size > 0 || duplicateOf !== undefined)
    return duplicateOf === undefined ? { problems: found } : { problems: found, duplicateOf };
  return { id, publication };
}

function foldedWords(text: string): string[] {
  return slugOf(text, 1000)
    .split("-")
    .filter((word) => word !== "");
}

/**
 * Publications whose publisher, title or id hold every word of the query (as the start of a word, without
 * regard to case or accents), the most recent first; all of them, most recent first, for an empty query.
 */
export function searchPublications<T extends PublicationRecord>(
  registry: readonly T[],
  query: string,
  limit = 50,
): T[] {
  const wanted = foldedWords(query);
  const matches = registry.filter((publication) => {
    const words = foldedWords(
      `${textOf(publication.publisher)} ${textOf(publication.title)} ${textOf(publication.id)} ${textOf(publication.author)}`,
    );
    return wanted.every((word) => words.some((candidate) => candidate.startsWith(word)));
  });
  return matches
    .sort((left, right) => textOf(right.published).localeCompare(textOf(left.published)))
    .slice(0, limit);
}
