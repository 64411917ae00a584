import { formatProblem, type Publication, parseDataset, type Tour } from "../data/index.ts";
import type { IsoDate } from "./app-state.ts";
import { prepareLayers } from "./prepare-layers.ts";
import type { PreparedLayer } from "./prepared-layer.ts";

/** The data files that ship with the app: hashed, cacheable assets fetched at start (not bundled into JS). */
const bundledFiles = import.meta.glob("../../geojson/*.{json,geojson}", {
  query: "?url",
  import: "default",
  eager: true,
}) as Record<string, string>;

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

async function fetchText(name: string, url: string): Promise<[string, string]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${name}: could not be loaded (HTTP ${response.status})`);
  return [name, await response.text()];
}

export async function loadBundledLayers(): Promise<BundledLayers> {
  try {
    const texts = await Promise.all(
      Object.entries(bundledFiles).map(([path, url]) => fetchText(path.split("/").pop() ?? path, url)),
    );
    const { dataset, problems } = parseDataset(Object.fromEntries(texts));
    const messages = problems.map(formatProblem);
    if (!dataset) return { status: "failed", problems: messages };
    const { layers, dateBounds } = prepareLayers(dataset);
    const publications = [...dataset.publications.values()];
    return { status: "loaded", layers, publications, tour: dataset.tour, problems: messages, dateBounds };
  } catch (error) {
    return { status: "failed", problems: [error instanceof Error ? error.message : String(error)] };
  }
}
