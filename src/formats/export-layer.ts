import type { Publication } from "../data/publication-schema.ts";

/** A feature as the writers take it: GeoJSON with the data model's properties (or a file's own). */
export type ExportFeature = {
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> | null;
};

/** One layer to write: its title, its colour and group (for KML styles), and its features. */
export type ExportLayer = { title: string; color: string; group: string; features: readonly ExportFeature[] };

export type PublicationIndex = ReadonlyMap<string, Publication>;
