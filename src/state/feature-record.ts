/** What the sourcing panel and the feature list show of one feature: plain text, resolved citations. */
export type CitationRecord = {
  publisher: string;
  title: string;
  author?: string;
  published: string;
  reliability?: string;
  kind?: string;
  url?: string;
  /** The title describes the item (its headline is not on record): shown in square brackets, never quoted. */
  titleIsDescription?: boolean;
  claimant?: string;
  quote?: string;
  note?: string;
  /** The publication id this citation resolved, or the dangling id when it did not. */
  publicationId: string;
  resolved: boolean;
};

/** A party's answer to the claim: denied, declined to comment, neither confirmed nor denied, acknowledged. */
export type ResponseRecord = {
  kind: "denied" | "declined-to-comment" | "neither-confirmed-nor-denied" | "acknowledged";
  /** "Denied", "Declined to comment", … */
  kindLabel: string;
  who: string;
  date: string;
  text?: string;
  citations: CitationRecord[];
};

/** One reported figure, as text, with who gave it where and when. */
export type FigureRecord = {
  /** The amount with the claimant's qualifier: "more than 10,000". */
  amount: string;
  unit: string;
  counts: string;
  asOf: string;
  claimant: string;
  publicationId: string;
  /** "Publisher, date" of the publication that reports it: short enough for a table cell. */
  publication: string;
  /** "Publisher, title, date", as a citation line reads (the headline as a headline, a description in brackets). */
  publicationLine: string;
  note?: string;
  /** True for the one figure the line width follows (see the legend's rule). */
  setsWidth: boolean;
};

export type FeatureRecord = {
  id: string;
  layerId: string;
  layerTitle: string;
  color: string;
  title: string;
  claim: string;
  status?: string;
  confidence?: "low" | "moderate" | "high";
  confidenceNote?: string;
  period?: { start: string; end?: string };
  /** Sort key: the period's start in epoch ms. */
  startMs?: number;
  geometryPrecision?: string;
  locationNote?: string;
  /** Reported figures, grouped by unit and in as-of order within a unit. */
  figures: FigureRecord[];
  lengthKm?: number;
  /** Responses in date order. */
  responses: ResponseRecord[];
  citations: CitationRecord[];
  notes: string[];
  unsourced: boolean;
  /** An imported feature's own properties, as text; `href` only for a checked http(s) URL. */
  fileProperties?: Array<{ name: string; text: string; href?: string }>;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
};
