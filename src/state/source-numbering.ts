import type { CitationRecord, FeatureRecord } from "./feature-record.ts";

export type NumberedSource = { number: number; citation: CitationRecord };

/** Every resolved publication a feature cites, for its claim and its responses, each once, in the order listed. */
export function publicationsOf(feature: FeatureRecord): CitationRecord[] {
  const seen = new Map<string, CitationRecord>();
  const citations = [...feature.citations, ...feature.responses.flatMap((response) => response.citations)];
  for (const citation of citations) {
    if (citation.resolved && !seen.has(citation.publicationId)) seen.set(citation.publicationId, citation);
  }
  return [...seen.values()];
}

export type NumberedView = {
  /** The sources the view's features cite, in number order. */
  sources: NumberedSource[];
  /** Feature id → the numbers of its sources; features without a resolved source are absent. */
  byFeature: Map<string, number[]>;
};

/**
 * Numbers publications in order of first citation, across every view given to it: a deck numbers its sources
 * once, so "[12]" on slide 7 is the twelfth entry of the deck's source list as on slide 3.
 */
export class SourceNumbering {
  private readonly numbers = new Map<string, NumberedSource>();

  private entryOf(citation: CitationRecord): NumberedSource {
    let entry = this.numbers.get(citation.publicationId);
    if (!entry) {
      entry = { number: this.numbers.size + 1, citation };
      this.numbers.set(citation.publicationId, entry);
    }
    return entry;
  }

  number(features: readonly FeatureRecord[]): NumberedView {
    const byFeature = new Map<string, number[]>();
    const shown = new Map<number, NumberedSource>();
    for (const feature of features) {
      const numbers: number[] = [];
      for (const citation of publicationsOf(feature)) {
        const entry = this.entryOf(citation);
        numbers.push(entry.number);
        shown.set(entry.number, entry);
      }
      if (numbers.length > 0) byFeature.set(feature.id, numbers);
    }
    return { sources: [...shown.values()].sort((a, b) => a.number - b.number), byFeature };
  }

  /** Numbers the publications a text cites (a tour step's sentences), in the same sequence as the features'. */
  cite(citations: readonly CitationRecord[]): NumberedSource[] {
    return citations.filter((citation) => citation.resolved).map((citation) => this.entryOf(citation));
  }

  /** Every source numbered so far, in number order. */
  all(): NumberedSource[] {
    return [...this.numbers.values()];
  }
}
