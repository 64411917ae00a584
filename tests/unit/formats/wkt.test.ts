import { expect, test } from "vitest";
import { parseWkt, writeWkt } from "../../../src/formats/wkt.ts";

test.each([
  ["POINT (131.9 43.1)", { type: "Point", coordinates: [131.9, 43.1] }],
  ["point z (1 2 3)", { type: "Point", coordinates: [1, 2, 3] }],
  [
    "LINESTRING (1 2, 3.5 -4)",
    {
      type: "LineString",
      coordinates: [
        [1, 2],
        [3.5, -4],
      ],
    },
  ],
  [
    "MULTIPOINT ((1 2), (3 4))",
    {
      type: "MultiPoint",
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    },
  ],
  [
    "MULTIPOINT (1 2, 3 4)",
    {
      type: "MultiPoint",
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    },
  ],
  [
    "POLYGON ((0 0, 1 0, 1 1, 0 0))",
    {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
  ],
  [
    "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
    {
      type: "MultiLineString",
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [2, 2],
          [3, 3],
        ],
      ],
    },
  ],
  [
    "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
    {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ],
        ],
      ],
    },
  ],
])("%s", (text, geometry) => {
  expect(parseWkt(text)).toEqual(geometry);
});

test("writing and reading again gives the same geometry", () => {
  const line = {
    type: "LineString" as const,
    coordinates: [
      [130.608, 42.421],
      [130.6411, 42.4153],
    ],
  };
  expect(writeWkt(line)).toBe("LINESTRING (130.608 42.421, 130.6411 42.4153)");
  expect(parseWkt(writeWkt(line))).toEqual(line);
});

test.each(["POINT EMPTY", "LINESTRING (1 2, 3", "POINT ((1 2))", "CIRCLE (1 2)", "POINT (1 x)", ""])(
  "%j is refused with a reason",
  (text) => {
    expect(parseWkt(text)).toHaveProperty("problem");
  },
);
