import { expect, test } from "vitest";
import type { Publication, TourStep } from "../../../src/data/index.ts";
import { stepCitations } from "../../../src/state/tour-citations.ts";

function publication(id: string, publisher: string): Publication {
  return {
    id,
    publisher,
    title: `Report by ${publisher}`,
    published: "2023-10",
    kind: "news",
    reliability: "B",
  };
}

const publications = new Map(
  [publication("first", "One"), publication("second", "Two"), publication("third", "Three")].map((found) => [
    found.id,
    found,
  ]),
);

const step: TourStep = {
  id: "step",
  title: "Step",
  text: [
    { text: "A.", citations: [{ publication: "second" }] },
    { text: "B.", framing: true },
    {
      text: "C.",
      citations: [{ publication: "first" }, { publication: "second" }, { publication: "first" }],
    },
  ],
  camera: { center: [131, 42], zoom: 7, bearing: 0, pitch: 0 },
  layers: ["rail"],
  range: {},
  highlight: [],
};

test("publications are numbered in the order the step first cites them, each once", () => {
  const { sentences, publications: listed } = stepCitations(step, publications);
  expect(sentences).toEqual([
    { text: "A.", markers: [1], framing: false },
    { text: "B.", markers: [], framing: true },
    { text: "C.", markers: [2, 1], framing: false },
  ]);
  expect(listed.map((found) => [found.number, found.publisher])).toEqual([
    [1, "Two"],
    [2, "One"],
  ]);
});
