import { expect, test } from "vitest";
import { realDataset, realFiles } from "./load-real-data.ts";

const { dataset, problems } = realDataset();
const tour = dataset.tour;

test("the shipped tour passes the validator, every step kept", () => {
  expect(problems.filter((problem) => problem.file === "tour.json")).toEqual([]);
  const file = JSON.parse(realFiles()["tour.json"] ?? "null") as { steps: unknown[] };
  expect(tour?.steps.length).toBe(file.steps.length);
});

// From the first US claims (November 2022) to the data's end (March 2026): long enough for the troop deployment and
// the new links, short enough to brief from.
test("the shipped tour tells the story in six to fourteen steps", () => {
  expect(tour?.steps.length).toBeGreaterThanOrEqual(6);
  expect(tour?.steps.length).toBeLessThanOrEqual(14);
});

test("the last step says what is established as of the latest publication in the data, and shows that month", () => {
  const last = tour?.steps.at(-1);
  const latest = [...dataset.publications.values()]
    .map((publication) => publication.published)
    .sort()
    .at(-1);
  expect(latest).toMatch(/^\d{4}-\d{2}/);
  const [year, month] = (latest ?? "").split("-").map(Number);
  const monthName = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1)).toLocaleString("en-GB", {
    month: "long",
    timeZone: "UTC",
  });
  expect(last?.title).toContain(`as of ${monthName} ${year}`);
  expect(last?.range.to).toBe(latest?.slice(0, 7));
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
