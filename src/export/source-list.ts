import { publicationTitleText } from "../state/citation-text.ts";
import type { CitationRecord, FeatureRecord } from "../state/feature-record.ts";
import type { NumberedSource } from "../state/source-numbering.ts";

/** "Publisher, “Title”, Author, 2024-05-01, reliability B": a publication as every source list names it. */
export function citationText(citation: CitationRecord): string {
  const parts = [citation.publisher, publicationTitleText(citation.title, citation.titleIsDescription)];
  if (citation.author) parts.push(citation.author);
  parts.push(citation.published);
  if (citation.reliability) parts.push(`reliability ${citation.reliability}`);
  return parts.join(", ");
}

export function sourceLine(source: NumberedSource, options: { withLinks: boolean }): string {
  const { citation } = source;
  return `${citationText(citation)}${options.withLinks && citation.url ? ` — ${citation.url}` : ""}`;
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
