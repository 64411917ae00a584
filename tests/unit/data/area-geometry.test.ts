import { expect, test } from "vitest";
import { layers, problemsOf, routeWith } from "./dataset-fixture.ts";

/** The fixture's routes layer turned into an areas layer holding one polygon. */
function problemsOfArea(coordinates: unknown): string[] {
  const [routesLayer, placesLayer] = layers();
  return problemsOf({
    layers: [{ ...routesLayer, kind: "areas" }, placesLayer],
    routes: [routeWith({ waypoints: undefined, mode: undefined }, { type: "Polygon", coordinates })],
  });
}

test("a well-formed polygon passes", () => {
  expect(
    problemsOfArea([
      [
        [40, 30],
        [50, 30],
        [50, 35],
        [40, 35],
        [40, 30],
      ],
    ]),
  ).toEqual([]);
});

test("an unclosed ring is refused", () => {
  expect(
    problemsOfArea([
      [
        [40, 30],
        [50, 30],
        [50, 35],
        [40, 35],
      ],
    ]),
  ).toEqual([
    "routes.geojson route-one geometry.coordinates[0][3]: ring is not closed: the last position [40,35] differs from the first [40,30]; expected the first position repeated at the end",
  ]);
});

test("a ring of fewer than four positions is refused", () => {
  expect(
    problemsOfArea([
      [
        [40, 30],
        [50, 30],
        [40, 30],
      ],
    ]),
  ).toEqual([
    "routes.geojson route-one geometry.coordinates[0]: has 3 items; expected at least 4 positions for a polygon ring (the first repeated as the last)",
  ]);
});

test("a bow-tie polygon is refused", () => {
  expect(
    problemsOfArea([
      [
        [40, 30],
        [50, 35],
        [50, 30],
        [40, 35],
        [40, 30],
      ],
    ]),
  ).toEqual([
    "routes.geojson route-one geometry.coordinates: the boundary crosses itself near [45,32.5]; expected a simple polygon (no bow-ties)",
  ]);
});
