import { expect, test } from "vitest";
import { idsInView } from "../../../src/state/features-in-view.ts";

const features = [
  { id: "bridge", bounds: [130.6, 42.41, 130.65, 42.43] as const },
  { id: "long-line", bounds: [125, 39, 128.4, 51.9] as const },
  { id: "moscow", bounds: [37.6, 55.7, 37.7, 55.8] as const },
  { id: "chukotka", bounds: [177, 64, 179.9, 65] as const },
];

test("a feature is in view when any of its bounds reaches into the view", () => {
  // Around the Tumen: the bridge, and the long line passing through.
  expect([...idsInView(features, [126, 41, 132, 44])]).toEqual(["bridge", "long-line"]);
  expect([...idsInView(features, [30, 50, 45, 60])]).toEqual(["moscow"]);
  expect([...idsInView(features, [0, -10, 10, 10])]).toEqual([]);
});

test("a view across the antimeridian, or wider than the world, finds the features on either side", () => {
  expect([...idsInView(features, [170, 60, 190, 70])]).toEqual(["chukotka"]);
  expect([...idsInView(features, [-190, 60, -170, 70])]).toEqual(["chukotka"]);
  expect(idsInView(features, [-200, -80, 200, 80]).size).toBe(4);
});
