import { expect, test } from "vitest";
import { problemsOf, publications, routeWith } from "./dataset-fixture.ts";

const figure = {
  amount: 1000,
  unit: "containers",
  counts: "containers shipped from the port",
  as_of: "2023-10",
  claimant: "A spokesperson",
  publication: "publication-one",
};

test("a figure said to hold after the publication that reports it is refused", () => {
  const figures = [{ ...figure, as_of: "2024-02-23" }];
  expect(problemsOf({ routes: [routeWith({ figures })] })).toEqual([
    'routes.geojson route-one properties.figures[0].as_of: is "2024-02-23", after "publication-one" (2023-10-16) that reports it; expected the date of a figure its publication can give',
  ]);
});

test("a response dated after every publication that reports it is refused", () => {
  const responses = [
    {
      kind: "denied",
      who: "A minister",
      date: "2024-05-17",
      citations: [{ publication: "publication-two" }],
    },
  ];
  expect(problemsOf({ routes: [routeWith({ responses })] })).toEqual([
    'routes.geojson route-one properties.responses[0].date: is "2024-05-17", after "publication-two" (2023-10-17) that reports it; expected the date of a response its publication can give',
  ]);
});

test("a refusal to comment recorded as a denial is refused", () => {
  const responses = [
    {
      kind: "denied",
      who: "A minister",
      date: "2023-10",
      citations: [{ publication: "publication-two", quote: "I don't comment on rumors" }],
    },
  ];
  expect(problemsOf({ routes: [routeWith({ responses })] })).toEqual([
    'routes.geojson route-one properties.responses[0].kind: is "denied" but the words reported are a refusal to comment; expected "declined-to-comment" (a refusal is not a denial)',
  ]);
});

test("the same refusal recorded as declined-to-comment passes", () => {
  const responses = [
    {
      kind: "declined-to-comment",
      who: "A minister",
      date: "2023-10",
      citations: [{ publication: "publication-two", quote: "I don't comment on rumors" }],
    },
  ];
  expect(problemsOf({ routes: [routeWith({ responses })] })).toEqual([]);
});

test("a description in brackets without the flag is refused", () => {
  const [first, second] = publications();
  const described = { ...first, title: "[Briefing to reporters]" };
  expect(problemsOf({ publications: [described, second] })).toEqual([
    'publications.json publication-one title: is wrapped in brackets, so it describes the item; expected "title_is_description": true and the description without brackets',
  ]);
});

test("a flagged description in quotation marks is refused: it would read as a headline", () => {
  const [first, second] = publications();
  const described = { ...first, title: "“Briefing to reporters”", title_is_description: true };
  expect(problemsOf({ publications: [described, second] })).toEqual([
    "publications.json publication-one title: is a description in quotation marks, which reads as a headline; expected the description without quotation marks",
  ]);
});

test("a flagged description without brackets passes", () => {
  const [first, second] = publications();
  const described = { ...first, title: "Briefing to reporters", title_is_description: true };
  expect(problemsOf({ publications: [described, second] })).toEqual([]);
});

test("two publications at the same address, written differently, are refused", () => {
  const [first, second] = publications();
  const same = { ...second, url: "https://www.EXAMPLE.org/first/" };
  expect(problemsOf({ publications: [first, same] })).toEqual([
    'publications.json publication-two url: is the same address as the publication "publication-one"; expected each publication listed once, with its own address',
  ]);
});

test("a claim whose period begins after every publication cited for it is refused", () => {
  const period = { start: "2023-10-18", end: "2023-10-20" };
  expect(problemsOf({ routes: [routeWith({ period })] })).toEqual([
    'routes.geojson route-one properties.period.start: is "2023-10-18", after "publication-two" (2023-10-17) that reports it; expected the date of a claim its publication can give',
  ]);
});
