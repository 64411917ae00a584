import type { DataProblem } from "../data/problem-text.ts";

/** A feature a reader made from a file, before the lenient schema check; `label` names it in messages. */
export type ReadFeature = {
  feature: { type: "Feature"; geometry: unknown; properties: Record<string, unknown> };
  label: string;
};

/** One layer a file holds: a KML folder, a CSV's tracks or its points; `name` is null for the file's only one. */
export type ReadLayer = { name: string | null; features: ReadFeature[] };

/**
 * What a reader made of a file: its layers, its problems and how many of its items (rows) it left out before the
 * schema check; or why it read nothing.
 */
export type ReadResult =
  | { layers: ReadLayer[]; problems: DataProblem[]; skipped?: number }
  | { refused: string };
