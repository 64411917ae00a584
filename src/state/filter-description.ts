import type { AppState } from "./app-state.ts";

/** The filters in words, for a picture's subtitle and metadata: "period 2023-08-01 to now; any confidence". */
export function filterDescription(state: Pick<AppState, "range" | "minimumConfidence">): string {
  return [
    state.range.from || state.range.to
      ? `period ${state.range.from ?? "start"} to ${state.range.to ?? "now"}`
      : "all dates",
    state.minimumConfidence === "any" ? "any confidence" : `confidence ${state.minimumConfidence} and above`,
  ].join("; ");
}
