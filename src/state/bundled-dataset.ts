import type { Publication, Tour } from "../data/index.ts";
import type { CalendarDay } from "./app-state.ts";
import type { PreparedLayer } from "./prepared-layer.ts";

/**
 * The data that ships with the app, checked and prepared when the app is built (scripts/bundled-dataset.ts):
 * the page fetches this one JSON file and runs no schema or geometry code at start.
 */
export type PreparedDataset = {
  layers: PreparedLayer[];
  /** The project's publications: imported features that cite them count as sourced. */
  publications: Publication[];
  /** The briefing tour, when geojson/tour.json has at least one sound step. */
  tour: Tour | null;
  /** What the check found but did not stop on (a feature left out, a step dropped), one line each. */
  problems: string[];
  dateBounds: { min: CalendarDay; max: CalendarDay };
};
