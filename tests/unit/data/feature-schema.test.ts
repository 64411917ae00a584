import { expect, test } from "vitest";
import { places, problemsOf, route, routeWith } from "./dataset-fixture.ts";

test("a missing required property is named, with what is expected", () => {
  const feature = route();
  const { confidence_note: _removed, ...properties } = feature.properties;
  expect(problemsOf({ routes: [{ ...feature, properties }] })).toEqual([
    "routes.geojson route-one properties.confidence_note: is missing; expected why this confidence (non-empty, at most 1000 characters, no leading or trailing spaces)",
  ]);
});

test("a value outside an enum lists the allowed values", () => {
  expect(problemsOf({ routes: [routeWith({ confidence: "hgh" })] })).toEqual([
    'routes.geojson route-one properties.confidence: is "hgh"; expected one of "low", "moderate" or "high" (analytic confidence in the sense of ICD 203)',
  ]);
});

test("an unknown property is refused, with a suggestion when it looks like a typo", () => {
  expect(problemsOf({ routes: [routeWith({ confidance: "low" })] })).toEqual([
    'routes.geojson route-one properties.confidance: is not a property of the data model (did you mean "confidence"?); expected only the documented properties (see geojson/README.md)',
  ]);
});

test("empty citations are refused: every claim needs a publication", () => {
  const problems = problemsOf({
    routes: [routeWith({ citations: [], figures: undefined, status: "alleged" })],
  });
  expect(problems).toContain(
    "routes.geojson route-one properties.citations: has 0 items; expected at least one citation: every claim needs a publication",
  );
});

test("a quote over the length cap is refused", () => {
  const quote = "word ".repeat(80).trim();
  const problems = problemsOf({
    routes: [
      routeWith({
        citations: [{ publication: "publication-one", quote }, { publication: "publication-two" }],
      }),
    ],
  });
  expect(problems).toEqual([
    "routes.geojson route-one properties.citations[0].quote: is 399 characters long; expected a short verbatim quote (non-empty, at most 300 characters, no leading or trailing spaces)",
  ]);
});

test("a quote wrapped in quotation marks is refused: the app adds them", () => {
  const citations = [
    { publication: "publication-one", quote: "“containers”" },
    { publication: "publication-two" },
  ];
  expect(problemsOf({ routes: [routeWith({ citations })] })).toEqual([
    "routes.geojson route-one properties.citations[0].quote: is wrapped in quotation marks; expected the quoted words only (the app adds the marks)",
  ]);
});

test("a title over its cap is refused", () => {
  const [problem] = problemsOf({ routes: [routeWith({ title: "t".repeat(121) })] });
  expect(problem).toBe(
    "routes.geojson route-one properties.title: is 121 characters long; expected a short title (non-empty, at most 120 characters, no leading or trailing spaces)",
  );
});

test("a confidence note too short to be a reason is refused", () => {
  expect(problemsOf({ routes: [routeWith({ confidence_note: "Because." })] })).toEqual([
    'routes.geojson route-one properties.confidence_note: is "Because."; expected a real reason for the confidence (at least 20 characters)',
  ]);
});

const figure = {
  amount: 1000,
  unit: "containers",
  counts: "containers shipped from the port",
  as_of: "2023-10",
  claimant: "A spokesperson",
  publication: "publication-one",
};

test("a figure range with min above max is refused", () => {
  const figures = [{ ...figure, amount: { min: 50, max: 20 } }];
  expect(problemsOf({ routes: [routeWith({ figures })] })).toEqual([
    "routes.geojson route-one properties.figures[0].amount.max: is 20, below min 50; expected max ≥ min",
  ]);
});

test("a figure that is neither a number nor a range is refused", () => {
  const figures = [{ ...figure, amount: "about 1000" }];
  expect(problemsOf({ routes: [routeWith({ figures })] })).toEqual([
    'routes.geojson route-one properties.figures[0].amount: is "about 1000"; expected a number of at least 0, or a range { min, max }',
  ]);
});

test("a figure needs who gave it, when it held and what it counts", () => {
  const { claimant: _claimant, as_of: _asOf, counts: _counts, ...unattributed } = figure;
  expect(problemsOf({ routes: [routeWith({ figures: [unattributed] })] })).toEqual([
    "routes.geojson route-one properties.figures[0].counts: is missing; expected what is counted (non-empty, at most 240 characters, no leading or trailing spaces)",
    'routes.geojson route-one properties.figures[0].as_of: is missing; expected an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date',
    "routes.geojson route-one properties.figures[0].claimant: is missing; expected who gave the figure (non-empty, at most 200 characters, no leading or trailing spaces)",
  ]);
});

test("a response needs its kind, who, when and a citation", () => {
  const problems = problemsOf({ routes: [routeWith({ responses: [{ who: "A spokesman" }] })] });
  expect(problems).toEqual([
    'routes.geojson route-one properties.responses[0].kind: is missing; expected one of "denied", "declined-to-comment", "neither-confirmed-nor-denied", "acknowledged"',
    'routes.geojson route-one properties.responses[0].date: is missing; expected an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date',
    "routes.geojson route-one properties.responses[0].citations: is missing; expected a list of citations",
  ]);
});

test("a refusal to comment is not a kind of denial the schema guesses", () => {
  const responses = [
    {
      kind: "no-comment",
      who: "A minister",
      date: "2023-10",
      citations: [{ publication: "publication-two" }],
    },
  ];
  expect(problemsOf({ routes: [routeWith({ responses })] })).toEqual([
    'routes.geojson route-one properties.responses[0].kind: is "no-comment"; expected one of "denied", "declined-to-comment", "neither-confirmed-nor-denied", "acknowledged"',
  ]);
});

test("a place's Russian name must be Cyrillic", () => {
  const [port, facility] = places();
  const latin = { ...facility, properties: { ...facility?.properties, name_ru: "Dunai" } };
  expect(problemsOf({ places: [port, latin] })).toContain(
    'places.geojson place-facility properties.name_ru: is "Dunai"; expected the Russian name in Cyrillic only',
  );
});
