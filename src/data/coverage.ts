import { isPlaceFeature, type RouteFeature } from "./feature-schema.ts";
import type { Dataset } from "./parse-dataset.ts";
import type { Reliability } from "./publication-schema.ts";

/*
 * How checkable the data is: which publications a reader can open, how many claims each carries, which claims
 * rest on one publication, and which claims about a government record no answer from it. Pure, so that
 * `npm run sources` and the tests read the same numbers.
 */

export type ReliabilityRow = { reliability: Reliability; linked: number; unlinked: number };

export type Coverage = {
  publications: number;
  linked: number;
  byReliability: ReliabilityRow[];
  /** Publication id → the ids of the features citing it (claims, responses, figures), most cited first. */
  featuresPerPublication: Array<{ publication: string; features: string[] }>;
  /** Features whose claim, figures and responses cite one publication only. */
  singlePublication: Array<{ feature: string; publication: string }>;
  /**
   * Features whose claim names a government that could answer it, with no response recorded. Confirmed
   * claims (public, acknowledged events) are left out: there is nothing for the government to answer.
   */
  withoutResponse: Array<{ feature: string; governments: string[] }>;
};

/**
 * Governments the claims accuse, as the claims name them: the parties whose answer (a denial, a refusal to
 * comment, an admission) belongs beside the claim.
 */
const namedGovernments: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: "Russia", pattern: /\b(Russia|Russian|Kremlin|Moscow)\b/ },
  { name: "North Korea", pattern: /\b(North Korea|North Korean|DPRK|Pyongyang)\b/ },
];

const reliabilityLetters: Reliability[] = ["A", "B", "C", "D", "E", "F"];

function citedPublications(feature: RouteFeature): Set<string> {
  const { citations, responses = [], figures = [] } = feature.properties;
  return new Set([
    ...citations.map((citation) => citation.publication),
    ...responses.flatMap((response) => response.citations.map((citation) => citation.publication)),
    ...figures.map((figure) => figure.publication),
  ]);
}

export function coverage(dataset: Dataset): Coverage {
  const publications = [...dataset.publications.values()];
  const routes = dataset.layers.flatMap((layer) =>
    layer.collection.features.filter((feature): feature is RouteFeature => !isPlaceFeature(feature)),
  );
  const featuresBy = new Map<string, string[]>(publications.map((publication) => [publication.id, []]));
  const singlePublication: Coverage["singlePublication"] = [];
  const withoutResponse: Coverage["withoutResponse"] = [];
  for (const feature of routes) {
    const { id, claim, responses, status } = feature.properties;
    const cited = citedPublications(feature);
    for (const publication of cited) featuresBy.get(publication)?.push(id);
    const claimCitations = new Set(feature.properties.citations.map((citation) => citation.publication));
    if (claimCitations.size === 1)
      singlePublication.push({ feature: id, publication: [...claimCitations][0] ?? "" });
    const governments = namedGovernments.filter(({ pattern }) => pattern.test(claim)).map(({ name }) => name);
    if (status !== "confirmed" && governments.length > 0 && (responses ?? []).length === 0)
      withoutResponse.push({ feature: id, governments });
  }
  return {
    publications: publications.length,
    linked: publications.filter((publication) => publication.url !== undefined).length,
    byReliability: reliabilityLetters
      .map((reliability) => {
        const graded = publications.filter((publication) => publication.reliability === reliability);
        const linked = graded.filter((publication) => publication.url !== undefined).length;
        return { reliability, linked, unlinked: graded.length - linked };
      })
      .filter((row) => row.linked + row.unlinked > 0),
    featuresPerPublication: [...featuresBy.entries()]
      .map(([publication, features]) => ({ publication, features }))
      .sort((a, b) => b.features.length - a.features.length || a.publication.localeCompare(b.publication)),
    singlePublication,
    withoutResponse,
  };
}

/** The one line the README quotes. */
export function coverageSummary(result: Coverage): string {
  return [
    `${result.publications} publications, ${result.linked} with a link, ${result.publications - result.linked} without`,
    `${result.singlePublication.length} claims rest on a single publication`,
    `${result.withoutResponse.length} claims naming Russia or North Korea (not confirmed) record no response from them`,
  ].join("; ");
}
