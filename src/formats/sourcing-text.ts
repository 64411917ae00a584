import type { Publication } from "../data/publication-schema.ts";

type CitationLike = { publication?: unknown; claimant?: unknown };

function citationsOf(properties: Record<string, unknown>): CitationLike[] {
  const citations = properties.citations;
  return Array.isArray(citations)
    ? citations.filter(
        (citation): citation is CitationLike => citation !== null && typeof citation === "object",
      )
    : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Who made the claim: the claimants the citations name, in order, each once. */
export function claimantsOf(properties: Record<string, unknown>): string[] {
  const names = citationsOf(properties).flatMap((citation) => text(citation.claimant) ?? []);
  return [...new Set(names)];
}

export type SourceText = { text: string; url?: string };

/** The publications a feature cites, as one line each: publisher, headline (or [description]), date. */
export function sourcesOf(
  properties: Record<string, unknown>,
  publications: ReadonlyMap<string, Publication>,
): SourceText[] {
  const ids = [...new Set(citationsOf(properties).flatMap((citation) => text(citation.publication) ?? []))];
  return ids.map((id) => {
    const publication = publications.get(id);
    if (!publication) return { text: `${id} (not in the project's list of publications)` };
    const title = publication.title_is_description ? `[${publication.title}]` : `“${publication.title}”`;
    const line = `${publication.publisher}, ${title}, ${publication.published}`;
    return publication.url ? { text: line, url: publication.url } : { text: line };
  });
}

/** The feature's title: its own, or a place's name, or its id. */
export function titleOf(properties: Record<string, unknown>): string {
  return text(properties.title) ?? text(properties.name) ?? text(properties.id) ?? "Untitled feature";
}

export function periodText(period: unknown): { start?: string; end?: string } {
  if (period === null || typeof period !== "object") return {};
  const { start, end } = period as { start?: unknown; end?: unknown };
  return { ...(text(start) ? { start: start as string } : {}), ...(text(end) ? { end: end as string } : {}) };
}
