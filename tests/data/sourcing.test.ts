/** Corrections to the committed data that a general rule cannot catch, pinned so that they stay made. */
import { expect, test } from "vitest";
import { realDataset, routeFeatures } from "./load-real-data.ts";

const { dataset } = realDataset();
const routes = routeFeatures(dataset).map(({ feature }) => feature);

function figuresOf(unit: string) {
  return routes.flatMap((feature) =>
    (feature.properties.figures ?? [])
      .filter((figure) => figure.unit === unit)
      .map((figure) => ({ feature: feature.properties.id, ...figure })),
  );
}

test("the capacity in 152 mm rounds sits with the about 6,700 containers its claimant gave it for", () => {
  const capacities = figuresOf("152 mm rounds");
  expect(capacities.length).toBeGreaterThan(0);
  for (const capacity of capacities) {
    expect(capacity.publication).toBe("rok-mnd-2024-02-26-shin");
    const containers = figuresOf("containers").filter(
      (figure) => figure.feature === capacity.feature && figure.publication === capacity.publication,
    );
    expect(containers.map((figure) => figure.amount)).toEqual([6700]);
  }
});

test("the Tikhoretsk depot's distance from Ukraine is shown both ways, each with its own source", () => {
  const distances = figuresOf("km").filter((figure) => figure.feature === "tikhoretsk-depot");
  expect(distances.map((figure) => [figure.amount, figure.publication])).toEqual([
    [200, "rusi-2023-10-16-orient-express"],
    [290, "white-house-2023-10-13-containers"],
  ]);
});

test("no publication's title begins like a description unless it is flagged as one", () => {
  const looksDescribed = /^(report|statement|briefing|analysis|announcement|count|claim) (on|of|by|that)\b/i;
  const unflagged = [...dataset.publications.values()]
    .filter((publication) => looksDescribed.test(publication.title) && !publication.title_is_description)
    .map((publication) => publication.id);
  expect(unflagged).toEqual([]);
});

test("a statement known to be a refusal to comment is not recorded as a denial", () => {
  const lavrov = routes.flatMap((feature) =>
    (feature.properties.responses ?? []).filter((response) => response.who.startsWith("Sergei Lavrov")),
  );
  expect(lavrov.map((response) => response.kind)).toEqual(["declined-to-comment"]);
});

test("no sea leg claims an approximate track: no ship's track is public", () => {
  const seaLegs = routes.filter((feature) => feature.properties.mode === "sea");
  expect(seaLegs.length).toBeGreaterThan(0);
  expect(
    seaLegs
      .filter((feature) => feature.properties.geometry_precision !== "schematic")
      .map((feature) => feature.properties.id),
  ).toEqual([]);
});
