import { publicationTitleText } from "../state/citation-text.ts";
import type { CitationRecord, FeatureRecord } from "../state/feature-record.ts";

function describe(citation: CitationRecord, withLink: boolean): string {
  const parts = [citation.publisher, publicationTitleText(citation.title, citation.titleIsDescription)];
  if (citation.author) parts.push(citation.author);
  parts.push(citation.published);
  if (citation.reliability) parts.push(`reliability ${citation.reliability}`);
  return `${parts.join(", ")}${withLink && citation.url ? ` — ${citation.url}` : ""}`;
}

/**
 * One line per publication cited by the given features (claims and responses alike), in the order the
 * features list them; a publication cited many times appears once. Links are long for a slide: the picture
 * lists the publications without them and the file's metadata with them.
 */
export function sourceList(features: FeatureRecord[], options: { withLinks: boolean }): string[] {
  const seen = new Map<string, string>();
  for (const feature of features) {
    const citations = [...feature.citations, ...feature.responses.flatMap((response) => response.citations)];
    for (const citation of citations) {
      if (citation.resolved && !seen.has(citation.publicationId)) {
        seen.set(citation.publicationId, describe(citation, options.withLinks));
      }
    }
  }
  return [...seen.values()];
}

/**
 * The reported figures and the responses of the given features, one line each, side by side as the panel
 * shows them: every figure with what it counts, its date and who said it; every response with its kind.
 */
export function figureAndResponseLines(features: FeatureRecord[]): {
  figures: string[];
  responses: string[];
} {
  const figures: string[] = [];
  const responses: string[] = [];
  for (const feature of features) {
    for (const figure of feature.figures) {
      figures.push(
        `${feature.title}: ${figure.amount} ${figure.unit} — ${figure.counts} (as of ${figure.asOf}; ${figure.claimant}; ${figure.publicationLine})`,
      );
    }
    for (const response of feature.responses) {
      responses.push(
        `${feature.title}: ${response.kindLabel} — ${response.who}, ${response.date}${response.text ? `: ${response.text}` : ""}`,
      );
    }
  }
  return { figures, responses };
}
