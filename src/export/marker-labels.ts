import type { NumberedView } from "../state/source-numbering.ts";
import { markerLabel, type SourceMarkerLabels } from "../symbology/source-markers.ts";

/** The footnote labels of a numbered view: feature id → "3, 7–9". */
export function markerLabels(numbered: NumberedView): SourceMarkerLabels {
  return Object.fromEntries([...numbered.byFeature].map(([id, numbers]) => [id, markerLabel(numbers)]));
}
