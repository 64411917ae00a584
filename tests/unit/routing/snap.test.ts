import { describe, expect, test } from "vitest";
import {
  type PlacePoint,
  placePointsFrom,
  type ScreenPoint,
  snapToPlace,
} from "../../../src/routing/index.ts";

// A flat projection for the test: one degree is ten pixels, y grows downwards.
const project = ([longitude, latitude]: [number, number]): ScreenPoint => ({
  x: longitude * 10,
  y: -latitude * 10,
});
const places: PlacePoint[] = [
  { id: "near", name: "Near", coordinates: [0, 0] },
  { id: "nearer", name: "Nearer", coordinates: [1, 0] },
  { id: "far", name: "Far", coordinates: [5, 5] },
];

describe("snapToPlace", () => {
  test("picks the nearest place within the radius", () => {
    expect(snapToPlace({ x: 7, y: 0 }, places, project)?.id).toBe("nearer");
    expect(snapToPlace({ x: 3, y: 1 }, places, project)?.id).toBe("near");
  });

  test("is null when no place is within the radius", () => {
    expect(snapToPlace({ x: 30, y: 0 }, places, project)).toBeNull();
    expect(snapToPlace({ x: 0, y: 12.5 }, places, project)).toBeNull();
    expect(snapToPlace({ x: 0, y: 12 }, places, project)?.id).toBe("near");
  });

  test("the radius can be changed", () => {
    expect(snapToPlace({ x: 0, y: 5 }, places, project, 4)).toBeNull();
    expect(snapToPlace({ x: 30, y: 0 }, places, project, 21)?.id).toBe("nearer");
  });
});

describe("placePointsFrom", () => {
  test("reads id, name and coordinates of point features, leaving out the rest", () => {
    const collection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [1, 2] },
          properties: { id: "a", name: "A" },
        },
        { type: "Feature", geometry: { type: "Point", coordinates: [3, 4] }, properties: { id: "b" } },
        {
          type: "Feature",
          geometry: {
            type: "LineString",
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: { id: "c" },
        },
        { type: "Feature", geometry: { type: "Point", coordinates: [5, 6] }, properties: {} },
      ],
    };
    expect(placePointsFrom(collection)).toEqual([
      { id: "a", name: "A", coordinates: [1, 2] },
      { id: "b", name: "b", coordinates: [3, 4] },
    ]);
  });

  test("anything but a FeatureCollection is an error", () => {
    expect(() => placePointsFrom({ type: "Feature" })).toThrow(/FeatureCollection/);
    expect(() => placePointsFrom(null)).toThrow(/FeatureCollection/);
  });
});
