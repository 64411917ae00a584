import type { Publication, TourStep } from "../data/index.ts";

/** `framing`: the map's own words (no claim), which the panel sets apart from cited sentences. */
export type StepSentence = { text: string; markers: number[]; framing: boolean };
export type StepPublication = {
  number: number;
  id: string;
  publisher: string;
  title: string;
  /** The title describes the item (no headline on record): shown in square brackets. */
  titleIsDescription: boolean;
  published: string;
};

/**
 * A step's text with numbered citation markers, and the publications those numbers refer to: numbered in the
 * order the step first cites them, each once however often it is cited.
 */
export function stepCitations(
  step: TourStep,
  publications: ReadonlyMap<string, Publication>,
): { sentences: StepSentence[]; publications: StepPublication[] } {
  const numbers = new Map<string, number>();
  const listed: StepPublication[] = [];
  const sentences = step.text.map((sentence) => {
    const markers: number[] = [];
    for (const citation of sentence.citations ?? []) {
      const publication = publications.get(citation.publication);
      if (!publication) continue;
      let number = numbers.get(publication.id);
      if (number === undefined) {
        number = listed.length + 1;
        numbers.set(publication.id, number);
        listed.push({
          number,
          id: publication.id,
          publisher: publication.publisher,
          title: publication.title,
          titleIsDescription: publication.title_is_description === true,
          published: publication.published,
        });
      }
      if (!markers.includes(number)) markers.push(number);
    }
    return { text: sentence.text, markers, framing: sentence.framing === true };
  });
  return { sentences, publications: listed };
}
