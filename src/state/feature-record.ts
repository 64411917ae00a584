/** What the sourcing panel and the feature list show of one feature: plain text, resolved citations. */
export type CitationRecord = {
  publisher: string;
  title: string;
  author?: string;
  published: string;
  reliability?: string;
  kind?: string;
  url?: string;
  claimant?: string;
  quote?: string;
  note?: string;
  /** The publication id this citation resolved, or the dangling id when it did not. */
  publicationId: string;
  resolved: boolean;
};

export type DenialRecord = { who: string; date: string; text?: string; citations: CitationRecord[] };

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
  volume?: string;
  lengthKm?: number;
  denials: DenialRecord[];
  citations: CitationRecord[];
  notes: string[];
  unsourced: boolean;
  /** An imported feature's own properties, as text; `href` only for a checked http(s) URL. */
  fileProperties?: Array<{ name: string; text: string; href?: string }>;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
};
