import { expect, test } from "vitest";
import type { Tour, TourStep } from "../../../src/data/index.ts";
import { defaultState } from "../../../src/state/app-state.ts";
import { stepAt, stepRange, stepState } from "../../../src/state/tour-state.ts";

function step(change: Partial<TourStep> = {}): TourStep {
  return {
    id: "containers",
    title: "Containers",
    text: [{ text: "The line is approximate.", framing: true }],
    camera: { center: [131, 42], zoom: 7, bearing: 0, pitch: 0 },
    layers: ["rail", "events"],
    range: { from: "2023-08", to: "2024-02" },
    highlight: [],
    ...change,
  };
}

test("a step's range in months or years becomes whole days", () => {
  expect(stepRange(step())).toEqual({ from: "2023-08-01", to: "2024-02-29" });
  expect(stepRange(step({ range: { to: "2023" } }))).toEqual({ from: null, to: "2023-12-31" });
  expect(stepRange(step({ range: {} }))).toEqual({ from: null, to: null });
});

test("a step sets the layers, filters and step number, and closes the sourcing panel", () => {
  const before = { ...defaultState(), selected: "sea-route", minimumConfidence: "high" as const };
  expect(stepState(before, step({ minimum_confidence: "moderate" }), 4)).toEqual({
    layers: { kind: "chosen", ids: new Set(["rail", "events"]) },
    range: { from: "2023-08-01", to: "2024-02-29" },
    minimumConfidence: "moderate",
    selected: null,
    tourStep: 4,
    sourceNumbers: false,
  });
});

test("a step without a minimum confidence shows every confidence", () => {
  const before = { ...defaultState(), minimumConfidence: "high" as const };
  expect(stepState(before, step(), 1).minimumConfidence).toBe("any");
});

test("a step number from a link is brought within the tour", () => {
  const tour: Tour = { title: "Tour", steps: [step({ id: "one" }), step({ id: "two" })] };
  expect(stepAt(tour, 9)).toMatchObject({ number: 2, step: { id: "two" } });
  expect(stepAt(tour, 0)).toMatchObject({ number: 1, step: { id: "one" } });
});
