import datasetUrl from "virtual:bundled-dataset";
import type { Publication, Tour } from "../data/index.ts";
import type { IsoDate } from "./app-state.ts";
import type { PreparedDataset } from "./bundled-dataset.ts";
import type { PreparedLayer } from "./prepared-layer.ts";

export type BundledLayers =
  | { status: "loading"; problems: string[] }
  | {
      status: "loaded";
      layers: PreparedLayer[];
      /** The project's publications: imported features that cite them count as sourced. */
      publications: Publication[];
      /** The briefing tour, when geojson/tour.json has at least one sound step. */
      tour: Tour | null;
      problems: string[];
      dateBounds: { min: IsoDate; max: IsoDate };
    }
  | { status: "failed"; problems: string[] };

/** The data that ships with the app, checked and prepared at build time (one cacheable JSON file). */
export async function loadBundledLayers(): Promise<BundledLayers> {
  try {
    const response = await fetch(datasetUrl);
    if (!response.ok) throw new Error(`The map's data could not be loaded (HTTP ${response.status})`);
    const dataset = (await response.json()) as PreparedDataset;
    return { status: "loaded", ...dataset };
  } catch (error) {
    return { status: "failed", problems: [error instanceof Error ? error.message : String(error)] };
  }
}
