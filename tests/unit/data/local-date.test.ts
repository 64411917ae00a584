import { afterEach, expect, test } from "vitest";
import { localIsoDate } from "../../../src/data/local-date.ts";

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

test("the date is the one where the briefer is, not UTC's", () => {
  process.env.TZ = "Asia/Seoul";
  const morningInSeoul = new Date("2026-03-01T23:30:00Z");
  expect(morningInSeoul.toISOString().slice(0, 10)).toBe("2026-03-01");
  expect(localIsoDate(morningInSeoul)).toBe("2026-03-02");
});

test("months and days are two digits", () => {
  process.env.TZ = "UTC";
  expect(localIsoDate(new Date("2026-01-05T12:00:00Z"))).toBe("2026-01-05");
});
