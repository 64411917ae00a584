import { expect, test } from "vitest";
import { isIsoDate, periodEndMs, periodStartMs } from "../../../src/data/index.ts";
import { problemsOf, routeWith } from "./dataset-fixture.ts";

test("a date that does not exist is refused", () => {
  expect(problemsOf({ routes: [routeWith({ period: { start: "2023-02-30" } })] })).toEqual([
    'routes.geojson route-one properties.period.start: is "2023-02-30"; expected an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date',
  ]);
});

test("an end before the start is refused", () => {
  expect(problemsOf({ routes: [routeWith({ period: { start: "2023-10", end: "2023-09-30" } })] })).toEqual([
    'routes.geojson route-one properties.period.end: is "2023-09-30", before the start "2023-10"; expected an end on or after the start',
  ]);
});

test("a coarser end may share its month or year with a finer start", () => {
  expect(problemsOf({ routes: [routeWith({ period: { start: "2023-09-16", end: "2023-09" } })] })).toEqual(
    [],
  );
});

test("year, month and day forms are accepted, other forms are not", () => {
  expect(["2019", "2023-09", "2024-02-29"].map(isIsoDate)).toEqual([true, true, true]);
  expect(
    ["2023-9", "2023-13", "2023-02-29", "23-09-01", "2023-09-01T00:00Z", " 2023"].map(isIsoDate),
  ).toEqual([false, false, false, false, false, false]);
});

test("a period starts at the first instant of its first day, UTC", () => {
  expect(new Date(periodStartMs({ start: "2023-09" })).toISOString()).toBe("2023-09-01T00:00:00.000Z");
  expect(new Date(periodStartMs({ start: "2019" })).toISOString()).toBe("2019-01-01T00:00:00.000Z");
});

test("a period ends at the last instant of its last day, UTC", () => {
  expect(new Date(periodEndMs({ start: "2023-01", end: "2024-02" }) ?? 0).toISOString()).toBe(
    "2024-02-29T23:59:59.999Z",
  );
  expect(new Date(periodEndMs({ start: "2023-01", end: "2023-09-13" }) ?? 0).toISOString()).toBe(
    "2023-09-13T23:59:59.999Z",
  );
  expect(new Date(periodEndMs({ start: "2019", end: "2019" }) ?? 0).toISOString()).toBe(
    "2019-12-31T23:59:59.999Z",
  );
});

test("an open period is ongoing: its end is null", () => {
  expect(periodEndMs({ start: "2023-10" })).toBeNull();
});
