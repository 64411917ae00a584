import { markerLabel, type SourceMarkerLabels } from "../symbology/source-markers.ts";
import type { NumberedView } from "./source-numbering.ts";

/** The footnote labels of a numbered view: feature id → "3, 7–9". */
export function markerLabels(numbered: NumberedView): SourceMarkerLabels {
  return Object.fromEntries([...numbered.byFeature].map(([id, numbers]) => [id, markerLabel(numbers)]));
}
