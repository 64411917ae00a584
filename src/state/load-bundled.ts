import datasetUrl from "virtual:bundled-dataset";
import type { PreparedDataset } from "./bundled-dataset.ts";

export type BundledLayers =
  | { status: "loading"; problems: string[] }
  | ({ status: "loaded" } & PreparedDataset)
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
