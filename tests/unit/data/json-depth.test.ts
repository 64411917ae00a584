import { expect, test } from "vitest";
import { nestingTooDeepAt } from "../../../src/data/json-text.ts";

test("nesting within the limit passes; the first bracket beyond it is found", () => {
  expect(nestingTooDeepAt("[[[1]]]", 3)).toBe(-1);
  expect(nestingTooDeepAt("[[[[1]]]]", 3)).toBe(3);
});

test("brackets inside strings, escaped quotes included, do not count", () => {
  expect(nestingTooDeepAt('{"a":"[[[[\\"[[[["}', 1)).toBe(-1);
});
