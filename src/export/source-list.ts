import type { CitationRecord, FeatureRecord } from "../state/feature-record.ts";

function describe(citation: CitationRecord): string {
  const parts = [citation.publisher, `“${citation.title}”`];
  if (citation.author) parts.push(citation.author);
  parts.push(citation.published);
  if (citation.reliability) parts.push(`reliability ${citation.reliability}`);
  return `${parts.join(", ")}${citation.url ? ` — ${citation.url}` : ""}`;
}

/**
 * One line per publication cited by the given features (claims and denials alike), in the order the
 * features list them; a publication cited many times appears once.
 */
export function sourceList(features: FeatureRecord[]): string[] {
  const seen = new Map<string, string>();
  for (const feature of features) {
    const citations = [...feature.citations, ...feature.denials.flatMap((denial) => denial.citations)];
    for (const citation of citations) {
      if (citation.resolved && !seen.has(citation.publicationId)) {
        seen.set(citation.publicationId, describe(citation));
      }
    }
  }
  return [...seen.values()];
}
