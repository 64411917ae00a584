import { monthLabel } from "../data/date-labels.ts";
import type { AppState } from "./app-state.ts";
import type { FeatureRecord } from "./feature-record.ts";
import { confidenceDescription } from "./filter-description.ts";

type Shown = Pick<AppState, "range" | "minimumConfidence"> & {
  /** How many layers are drawn. */
  layerCount: number;
  /** The features drawn that have sourcing (the feature table's rows). */
  features: ReadonlyArray<Pick<FeatureRecord, "period">>;
};

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

/** The first and last dates of the features' periods; an open end counts as its start. */
function periodSpan(features: Shown["features"]): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const { period } of features) {
    if (!period) continue;
    const end = period.end ?? period.start;
    if (first === null || period.start < first) first = period.start;
    if (last === null || end > last) last = end;
  }
  return first !== null && last !== null ? { first, last } : null;
}

/** The dates in words: the time filter where it is set, else the span of the features shown. */
function datesText(shown: Shown): string | null {
  const span = periodSpan(shown.features);
  const from = shown.range.from ?? span?.first;
  const to = shown.range.to ?? span?.last;
  if (!from || !to) return from ? `from ${monthLabel(from)}` : to ? `to ${monthLabel(to)}` : null;
  const [start, end] = [monthLabel(from), monthLabel(to)];
  return start === end ? start : `${start} – ${end}`;
}

/**
 * What the map shows, in one line for a screen reader's live region and the map's description:
 * "9 layers, 47 features, Dec 2017 – Oct 2024, any confidence".
 */
export function mapSummary(shown: Shown): string {
  return [
    plural(shown.layerCount, "layer", "layers"),
    shown.features.length === 0 ? "no features" : plural(shown.features.length, "feature", "features"),
    datesText(shown),
    confidenceDescription(shown.minimumConfidence),
  ]
    .filter((part): part is string => part !== null)
    .join(", ");
}
