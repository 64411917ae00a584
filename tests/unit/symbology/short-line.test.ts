import { describe, expect, test } from "vitest";
import { isShortLine, shortLineKm } from "../../../src/symbology/short-line.ts";

describe("lines too short to see at small scales", () => {
  test("the Friendship Bridge crossing, Tumangang to Khasan (about 4 km), is short", () => {
    expect(
      isShortLine([
        [130.608, 42.421],
        [130.641, 42.415],
        [130.645, 42.43],
      ]),
    ).toBe(true);
  });

  test(`Rajin to Khasan by rail (about 35 km) is not, nor is a line just over ${shortLineKm} km`, () => {
    expect(
      isShortLine([
        [130.295, 42.245],
        [130.645, 42.43],
      ]),
    ).toBe(false);
    // 0.1° of latitude is 11.1 km.
    expect(
      isShortLine([
        [130, 42],
        [130, 42.1],
      ]),
    ).toBe(false);
  });

  test("a single position is no line", () => {
    expect(isShortLine([[130, 42]])).toBe(false);
  });
});
