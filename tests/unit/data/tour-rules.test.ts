import { expect, test } from "vitest";
import { parseDataset } from "../../../src/data/index.ts";
import { datasetFiles, today } from "./dataset-fixture.ts";

/** A step that passes every rule against the dataset fixture; each test breaks one thing. */
function step(change: Record<string, unknown> = {}) {
  return {
    id: "step-one",
    title: "Containers by sea",
    text: [
      { text: "Ships carried more than 1,000 containers.", citations: [{ publication: "publication-one" }] },
      { text: "The line is drawn approximately.", framing: true },
    ],
    camera: { center: [131.3, 42.6], zoom: 7, bearing: 0, pitch: 0 },
    layers: ["routes", "places"],
    range: { from: "2023-08", to: "2023-10" },
    highlight: ["route-one", "place-port"],
    ...change,
  };
}

function tourFiles(steps: unknown[]) {
  return { ...datasetFiles(), "tour.json": JSON.stringify({ title: "A tour", steps }) };
}

function tourProblems(steps: unknown[]): string[] {
  return parseDataset(tourFiles(steps), { today }).problems.map(
    (problem) => `${problem.file} ${problem.feature} ${problem.path}: ${problem.message}`,
  );
}

test("a sound tour passes and is on the dataset", () => {
  const { dataset, problems } = parseDataset(tourFiles([step()]), { today });
  expect(problems).toEqual([]);
  expect(dataset?.tour?.steps.map((found) => found.id)).toEqual(["step-one"]);
});

test("a layer id that is not in the manifest is reported", () => {
  expect(tourProblems([step({ layers: ["routes", "places", "roads"] })])).toEqual([
    'tour.json step-one steps[0].layers[2]: "roads" is not a layer in layers.json; expected the id of a manifest layer',
  ]);
});

test("a highlighted feature that does not exist is reported", () => {
  expect(tourProblems([step({ highlight: ["route-two"] })])).toEqual([
    'tour.json step-one steps[0].highlight[0]: "route-two" is not a valid feature in any data file; expected the id of a feature',
  ]);
});

test("a highlighted feature in a layer the step hides is reported", () => {
  expect(tourProblems([step({ layers: ["places"] })])).toEqual([
    'tour.json step-one steps[0].highlight[0]: "route-one" is in the layer "routes", which this step does not show; expected its layer among the step\'s layers',
  ]);
});

test("a highlighted feature outside the step's range is reported", () => {
  expect(tourProblems([step({ range: { from: "2024-01" } })])).toEqual([
    'tour.json step-one steps[0].highlight[0]: "route-one" would be hidden: its period (2023-08 to 2023-10) lies outside the step\'s range; expected a highlighted feature to be visible',
  ]);
});

test("a highlighted feature below the step's minimum confidence is reported", () => {
  expect(tourProblems([step({ minimum_confidence: "high" })])).toEqual([
    'tour.json step-one steps[0].highlight[0]: "route-one" would be hidden: its confidence "moderate" is below the step\'s minimum "high"; expected a highlighted feature to be visible',
  ]);
});

test("a citation of a publication not in publications.json is reported", () => {
  const text = [{ text: "Ships sailed.", citations: [{ publication: "publication-nine" }] }];
  expect(tourProblems([step({ text })])).toEqual([
    'tour.json step-one steps[0].text[0].citations[0].publication: "publication-nine" is not in publications.json; expected the id of a listed publication',
  ]);
});

test("a sentence with neither citations nor the framing mark is refused", () => {
  expect(tourProblems([step({ text: [{ text: "Ships sailed." }] })])).toEqual([
    'tour.json step-one steps[0].text[0].citations: is missing; expected citations for a factual sentence, or "framing": true for one that states no fact',
  ]);
});

test("a framing sentence may not state a figure or date", () => {
  expect(tourProblems([step({ text: [{ text: "About 300 containers.", framing: true }] })])).toEqual([
    "tour.json step-one steps[0].text[0].text: contains a figure or date in a framing sentence; expected citations for it (framing states no fact)",
  ]);
});

test("a sentence cannot be both cited and framing", () => {
  const text = [{ text: "Ships sailed.", framing: true, citations: [{ publication: "publication-one" }] }];
  expect(tourProblems([step({ text })])).toEqual([
    'tour.json step-one steps[0].text[0].framing: is true beside citations; expected either "citations" or "framing"',
  ]);
});

test("a camera outside the map's range is refused", () => {
  const camera = { center: [131, 95], zoom: 14, bearing: 0, pitch: 0 };
  expect(tourProblems([step({ camera })])).toEqual([
    "tour.json step-one steps[0].camera.center[1]: is 95; expected a latitude from -85 to 85",
    "tour.json step-one steps[0].camera.zoom: is 14; expected a zoom level from 0 to 11",
  ]);
});

test("an impossible date, a range that ends before it starts and a future date are refused", () => {
  expect(tourProblems([step({ id: "one", range: { from: "2023-02-30" } })])).toEqual([
    'tour.json one steps[0].range.from: is "2023-02-30"; expected an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date',
  ]);
  expect(tourProblems([step({ range: { from: "2023-10", to: "2023-08" } })])).toEqual([
    'tour.json step-one steps[0].range.to: is "2023-08", before "2023-10"; expected a "to" on or after "from"',
  ]);
  expect(tourProblems([step({ range: { from: "2023-08", to: "2025-06" } })])).toEqual([
    'tour.json step-one steps[0].range.to: is "2025-06", after today (2025-01-01); expected a date that has happened',
  ]);
});

test("step ids are unique, and only the sound steps reach the dataset", () => {
  const { dataset, problems } = parseDataset(tourFiles([step(), step(), step({ id: "step-two" })]), {
    today,
  });
  expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
    "steps[1].id: is already used by an earlier step; expected each step id once",
  ]);
  expect(dataset?.tour?.steps.map((found) => found.id)).toEqual(["step-one", "step-two"]);
});

test("a misspelled property is refused with a suggestion", () => {
  const { highlight, ...rest } = step();
  expect(tourProblems([{ ...rest, highlights: highlight }])).toEqual([
    "tour.json step-one steps[0].highlight: is missing; expected a list of feature ids",
    'tour.json step-one steps[0].highlights: is not a property of the data model (did you mean "highlight"?); expected only the documented properties (see geojson/README.md)',
  ]);
});

test("a dataset without tour.json has no tour and no problem", () => {
  const { dataset, problems } = parseDataset(datasetFiles(), { today });
  expect(problems).toEqual([]);
  expect(dataset?.tour).toBeNull();
});

test("schema problems and cross-file problems of a step are reported together", () => {
  const camera = { center: [131, 42], zoom: 30, bearing: 0, pitch: 0 };
  expect(tourProblems([step({ camera, layers: ["routes", "places", "roads"] })])).toEqual([
    "tour.json step-one steps[0].camera.zoom: is 30; expected a zoom level from 0 to 11",
    'tour.json step-one steps[0].layers[2]: "roads" is not a layer in layers.json; expected the id of a manifest layer',
  ]);
});
