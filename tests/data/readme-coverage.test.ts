import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { coverage, coverageSummary } from "../../src/data/coverage.ts";
import { realDataset } from "./load-real-data.ts";

test("README quotes the coverage summary `npm run sources` prints for the data as it is", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  expect(readme).toContain(coverageSummary(coverage(realDataset().dataset)));
});
