import { type DataFeature, isPlaceFeature } from "./feature-schema.ts";
import { isIsoDate, isoDateEndMs, isoDateStartMs, periodEndMs, periodStartMs } from "./iso-date.ts";
import { type DataProblem, formatPath } from "./problems.ts";
import type { Publication } from "./publication-schema.ts";

/*
 * Rules that span files. They read the raw step defensively, so they report alongside the schema's problems
 * instead of waiting for the schema to pass.
 */

/** A valid feature of the dataset and the manifest layer whose file holds it (none for files outside it). */
export type IndexedFeature = { layer: string | undefined; feature: DataFeature };

export type TourRuleContext = {
  file: string;
  publications: ReadonlyMap<string, Publication>;
  layerIds: ReadonlySet<string>;
  features: ReadonlyMap<string, IndexedFeature>;
  /** ISO date of today; a step cannot filter on dates that have not happened. */
  today: string;
};

const confidenceRank: Record<string, number> = { low: 1, moderate: 2, high: 3 };

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isoDateAt(value: unknown, key: string): string | undefined {
  const found = record(value)[key];
  return typeof found === "string" && isIsoDate(found) ? found : undefined;
}

/** Why the step's filters would hide the feature (the same rule as the map's filter), or null when they do not. */
function hiddenBy(feature: DataFeature, range: unknown, minimum: unknown): string | null {
  if (isPlaceFeature(feature)) return null;
  const { period, confidence } = feature.properties;
  const from = isoDateAt(range, "from");
  const to = isoDateAt(range, "to");
  const start = periodStartMs(period);
  const end = periodEndMs(period) ?? Number.POSITIVE_INFINITY;
  if ((to !== undefined && start > isoDateEndMs(to)) || (from !== undefined && end < isoDateStartMs(from))) {
    return `its period (${period.start} to ${period.end ?? "ongoing"}) lies outside the step's range`;
  }
  const rank = typeof minimum === "string" ? confidenceRank[minimum] : undefined;
  if (rank !== undefined && (confidenceRank[confidence] ?? 0) < rank) {
    return `its confidence "${confidence}" is below the step's minimum "${String(minimum)}"`;
  }
  return null;
}

/** Layers, highlighted features and citations must exist; highlights must show; dates must have happened. */
export function tourStepProblems(
  raw: unknown,
  index: number,
  label: string,
  context: TourRuleContext,
): DataProblem[] {
  const step = record(raw);
  const problems: DataProblem[] = [];
  const report = (path: PropertyKey[], message: string) =>
    problems.push({
      file: context.file,
      feature: label,
      path: formatPath(["steps", index, ...path]),
      message,
    });

  const shown = new Set<string>();
  for (const [position, layer] of list(step.layers).entries()) {
    if (typeof layer !== "string") continue;
    if (!context.layerIds.has(layer)) {
      report(
        ["layers", position],
        `"${layer}" is not a layer in layers.json; expected the id of a manifest layer`,
      );
    } else if (shown.has(layer)) {
      report(["layers", position], `"${layer}" is listed twice; expected each layer once`);
    }
    shown.add(layer);
  }

  const highlighted = new Set<string>();
  for (const [position, id] of list(step.highlight).entries()) {
    if (typeof id !== "string") continue;
    const path = ["highlight", position];
    const found = context.features.get(id);
    if (highlighted.has(id)) report(path, `"${id}" is listed twice; expected each feature once`);
    highlighted.add(id);
    if (!found) {
      report(path, `"${id}" is not a valid feature in any data file; expected the id of a feature`);
      continue;
    }
    if (found.layer === undefined || !shown.has(found.layer)) {
      report(
        path,
        `"${id}" is in the layer "${found.layer ?? "(none)"}", which this step does not show; expected its layer among the step's layers`,
      );
      continue;
    }
    const reason = hiddenBy(found.feature, step.range, step.minimum_confidence);
    if (reason)
      report(path, `"${id}" would be hidden: ${reason}; expected a highlighted feature to be visible`);
  }

  for (const [sentence, value] of list(step.text).entries()) {
    const seen = new Set<string>();
    for (const [position, citation] of list(record(value).citations).entries()) {
      const path = ["text", sentence, "citations", position];
      const { publication, claimant, quote } = record(citation);
      if (typeof publication !== "string") continue;
      if (!context.publications.has(publication)) {
        report(
          [...path, "publication"],
          `"${publication}" is not in publications.json; expected the id of a listed publication`,
        );
      }
      const key = JSON.stringify([publication, claimant, quote]);
      if (seen.has(key))
        report(path, "repeats an earlier citation of this sentence; expected each citation once");
      seen.add(key);
    }
  }

  for (const key of ["from", "to"] as const) {
    const value = isoDateAt(step.range, key);
    if (value !== undefined && isoDateStartMs(value) > isoDateStartMs(context.today)) {
      report(
        ["range", key],
        `is "${value}", after today (${context.today}); expected a date that has happened`,
      );
    }
  }
  return problems;
}
