import { expect, test } from "vitest";
import { realDataset, realFiles } from "./load-real-data.ts";

const { dataset, problems } = realDataset();
const tour = dataset.tour;

test("the shipped tour passes the validator, every step kept", () => {
  expect(problems.filter((problem) => problem.file === "tour.json")).toEqual([]);
  const file = JSON.parse(realFiles()["tour.json"] ?? "null") as { steps: unknown[] };
  expect(tour?.steps.length).toBe(file.steps.length);
});

test("the shipped tour tells the story in six to ten steps", () => {
  expect(tour?.steps.length).toBeGreaterThanOrEqual(6);
  expect(tour?.steps.length).toBeLessThanOrEqual(10);
});

test("every step highlights what it is about and cites at least one publication", () => {
  for (const step of tour?.steps ?? []) {
    expect(step.highlight.length, step.id).toBeGreaterThan(0);
    expect(
      step.text.some((sentence) => sentence.citations),
      step.id,
    ).toBe(true);
  }
});
