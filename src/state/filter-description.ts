import type { AppState } from "./app-state.ts";

/** The confidence filter in words: "any confidence", "confidence moderate and above". */
export function confidenceDescription(minimumConfidence: AppState["minimumConfidence"]): string {
  return minimumConfidence === "any" ? "any confidence" : `confidence ${minimumConfidence} and above`;
}

/** The filters in words, for a picture's subtitle and metadata: "period 2023-08-01 to now; any confidence". */
export function filterDescription(state: Pick<AppState, "range" | "minimumConfidence">): string {
  return [
    state.range.from || state.range.to
      ? `period ${state.range.from ?? "start"} to ${state.range.to ?? "now"}`
      : "all dates",
    confidenceDescription(state.minimumConfidence),
  ].join("; ");
}
