import type { Tour, TourStep } from "../data/index.ts";
import { isoDateEndMs, isoDateStartMs } from "../data/iso-date-ms.ts";
import type { AppState, CalendarDay } from "./app-state.ts";

function day(ms: number): CalendarDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The app's range counts whole days: a step's "2023-09" runs from 2023-09-01 to 2023-09-30. */
export function stepRange(step: TourStep): AppState["range"] {
  return {
    from: step.range.from === undefined ? null : day(isoDateStartMs(step.range.from)),
    to: step.range.to === undefined ? null : day(isoDateEndMs(step.range.to)),
  };
}

/** The app state a step asks for: its layers and filters, nothing selected, and the step's number. */
export function stepState(state: AppState, step: TourStep, number: number): AppState {
  return {
    ...state,
    layers: { kind: "chosen", ids: new Set(step.layers) },
    range: stepRange(step),
    minimumConfidence: step.minimum_confidence ?? "any",
    selected: null,
    tourStep: number,
  };
}

/** A step number from a link, brought within the tour: too large a number opens the last step. */
export function clampStep(tour: Tour, number: number): number {
  return Math.min(Math.max(1, Math.round(number)), tour.steps.length);
}

/** The step a number names, brought within the tour (the parser keeps only tours with a step). */
export function stepAt(tour: Tour, requested: number): { number: number; step: TourStep } {
  const number = clampStep(tour, requested);
  const step = tour.steps[number - 1];
  if (!step) throw new RangeError("a tour has at least one step");
  return { number, step };
}
