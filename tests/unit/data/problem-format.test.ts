import { expect, test } from "vitest";
import { formatProblem } from "../../../src/data/index.ts";

test("a problem prints as <file>: feature <id>: <path>: <message>", () => {
  const line = formatProblem({
    file: "geojson/rail-link.geojson",
    feature: "rail-wagner-delivery-2022-11",
    path: "properties.citations[0].publication",
    message: '"x" is not in publications.json; expected the id of a listed publication',
  });
  expect(line).toBe(
    'geojson/rail-link.geojson: feature rail-wagner-delivery-2022-11: properties.citations[0].publication: "x" is not in publications.json; expected the id of a listed publication',
  );
});

test("a warning says so", () => {
  expect(
    formatProblem({
      file: "a.geojson",
      feature: "#2",
      path: "geometry",
      message: "odd",
      severity: "warning",
    }),
  ).toBe("a.geojson: feature #2: geometry: warning: odd");
});

test("terminal escapes and bidirectional overrides in data are printed escaped", () => {
  const line = formatProblem({ file: "a.geojson", feature: "\u001b[31mred\u202e", path: "-", message: "x" });
  expect(line).toBe("a.geojson: feature \\u001b[31mred\\u202e: -: x");
});
