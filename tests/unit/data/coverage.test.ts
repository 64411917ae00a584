import { expect, test } from "vitest";
import { coverage, coverageSummary, parseDataset } from "../../../src/data/index.ts";
import { datasetFiles, routeWith, today } from "./dataset-fixture.ts";

function coverageOf(route: ReturnType<typeof routeWith>) {
  const { dataset } = parseDataset(datasetFiles({ routes: [route] }), { today });
  if (!dataset) throw new Error("the fixture did not parse");
  return coverage(dataset);
}

test("publications are counted with and without a link, by reliability grade", () => {
  const result = coverageOf(routeWith({}));
  expect(result.byReliability).toEqual([
    { reliability: "B", linked: 1, unlinked: 0 },
    { reliability: "C", linked: 0, unlinked: 1 },
  ]);
});

test("a claim citing one publication is listed as resting on it", () => {
  const route = routeWith({ citations: [{ publication: "publication-one" }], status: "alleged" });
  expect(coverageOf(route).singlePublication).toEqual([
    { feature: "route-one", publication: "publication-one" },
  ]);
});

test("a claim naming a government with no response is listed; one with a response is not", () => {
  const claim = "North Korean ships carried containers to Russia.";
  expect(coverageOf(routeWith({ claim, responses: undefined })).withoutResponse).toEqual([
    { feature: "route-one", governments: ["Russia", "North Korea"] },
  ]);
  expect(coverageOf(routeWith({ claim })).withoutResponse).toEqual([]);
});

test("the summary line counts links, single-publication claims and missing responses", () => {
  expect(coverageSummary(coverageOf(routeWith({})))).toBe(
    "2 publications, 1 with a link, 1 without; 0 claims rest on a single publication; 0 claims naming Russia or North Korea (not confirmed) record no response from them",
  );
});
