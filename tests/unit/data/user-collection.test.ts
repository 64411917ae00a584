import { expect, test } from "vitest";
import { formatProblem, type Publication, parseUserCollection } from "../../../src/data/index.ts";
import { publications, route, today } from "./dataset-fixture.ts";

const known = new Map((publications() as Publication[]).map((publication) => [publication.id, publication]));

function importText(text: string) {
  return parseUserCollection("mine.geojson", text, { publications: known, today });
}

function importValue(value: unknown) {
  return importText(JSON.stringify(value));
}

const plainFeature = {
  type: "Feature",
  geometry: { type: "Point", coordinates: [131.89, 43.12] },
  properties: { name: "Somewhere" },
};

test("a feature without sourcing is imported and marked unsourced", () => {
  const result = importValue({ type: "FeatureCollection", features: [plainFeature] });
  expect(result.problems).toEqual([]);
  expect(result.collection?.features).toEqual([
    { ...plainFeature, properties: { name: "Somewhere", unsourced: true } },
  ]);
  expect(result.summary).toEqual({ total: 1, imported: 1, unsourced: 1 });
});

test("a feature whose citations resolve to the project's publications counts as sourced", () => {
  const result = importValue({ type: "FeatureCollection", features: [route()] });
  expect(result.problems).toEqual([]);
  expect(result.collection?.features[0]?.properties.unsourced).toBe(false);
});

test("a feature citing an unknown publication is imported as unsourced, with a warning saying why", () => {
  const feature = route();
  const cited = {
    ...feature,
    properties: { ...feature.properties, citations: [{ publication: "my-notes" }] },
  };
  const result = importValue({ type: "FeatureCollection", features: [cited] });
  expect(result.collection?.features[0]?.properties.unsourced).toBe(true);
  expect(result.problems.map(formatProblem)).toContain(
    'mine.geojson: feature route-one: properties.citations[0].publication: warning: "my-notes" is not in publications.json; expected the id of a listed publication — imported as unsourced',
  );
});

test("a file that is JSON but not GeoJSON is rejected as a whole", () => {
  const result = importValue({ name: "not geojson", items: [1, 2] });
  expect(result.collection).toBeNull();
  expect(result.problems.map(formatProblem)).toEqual([
    'mine.geojson: feature -: -: "type" is missing; expected a GeoJSON FeatureCollection, Feature or geometry object',
  ]);
});

test("a file that is not JSON at all is rejected with the line and column", () => {
  const result = importText("type,lon,lat\npoint,131.89,43.12\n");
  expect(result.collection).toBeNull();
  expect(result.problems.map(formatProblem)).toEqual([
    'mine.geojson: feature -: -: invalid JSON at line 1, column 1: unexpected "t"; expected a value (object, array, string, number, true, false or null)',
  ]);
});

test("a bare JSON array is rejected with what is expected", () => {
  expect(importValue([plainFeature]).problems.map(formatProblem)).toEqual([
    "mine.geojson: feature -: -: the file holds an array of 1 item; expected a GeoJSON FeatureCollection, Feature or geometry object",
  ]);
});

test("a wrongly cased type is named with the right spelling", () => {
  expect(importValue({ type: "featurecollection", features: [] }).problems.map(formatProblem)).toEqual([
    'mine.geojson: feature -: -: "type" is "featurecollection"; expected "FeatureCollection" (GeoJSON type names are case-sensitive)',
  ]);
});

test("a lone Feature or a bare geometry is imported as a collection of one", () => {
  expect(importValue(plainFeature).summary.imported).toBe(1);
  expect(importValue({ type: "Point", coordinates: [131.89, 43.12] }).collection?.features).toEqual([
    {
      type: "Feature",
      geometry: { type: "Point", coordinates: [131.89, 43.12] },
      properties: { unsourced: true },
    },
  ]);
});

test("one bad feature is listed and the rest imported", () => {
  const bad = { ...plainFeature, geometry: { type: "Point", coordinates: [131.89, 143.12] } };
  const result = importValue({ type: "FeatureCollection", features: [plainFeature, bad, plainFeature] });
  expect(result.summary).toEqual({ total: 3, imported: 2, unsourced: 2 });
  expect(result.problems.map(formatProblem)).toEqual([
    "mine.geojson: feature #1: geometry.coordinates[1]: latitude is 143.12; expected -90 to 90 (GeoJSON order is [longitude, latitude]; is the pair swapped?)",
  ]);
});

test("a feature without geometry is listed, not drawn", () => {
  const result = importValue({ type: "FeatureCollection", features: [{ ...plainFeature, geometry: null }] });
  expect(result.summary.imported).toBe(0);
  expect(result.problems.map(formatProblem)).toEqual([
    "mine.geojson: feature #0: geometry: is null; expected a geometry (a feature without one is listed here but cannot be drawn)",
  ]);
});

test("a feature outside the project's region is imported with a warning offering the swap", () => {
  const swapped = { ...plainFeature, geometry: { type: "Point", coordinates: [48.15, 17.11] } };
  const result = importValue(swapped);
  expect(result.summary.imported).toBe(1);
  expect(result.problems.map(formatProblem)).toEqual([
    "mine.geojson: feature #0: geometry.coordinates: warning: is [48.15, 17.11], outside the region this map covers; expected longitude 10…180, latitude 20…75; it looks like [latitude, longitude] — GeoJSON order is [longitude, latitude], i.e. [17.11, 48.15]",
  ]);
});

test("GeometryCollection is refused clearly", () => {
  const result = importValue({ type: "GeometryCollection", geometries: [] });
  expect(result.problems.map(formatProblem)).toEqual([
    "mine.geojson: feature -: -: GeometryCollection is not supported; expected a GeoJSON FeatureCollection, Feature or geometry object with one geometry per feature",
  ]);
});

test("__proto__ keys in a file pollute nothing and are dropped from properties", () => {
  const text = `{"type":"Feature","__proto__":{"polluted":"root"},"geometry":{"type":"Point","coordinates":[131.89,43.12]},"properties":{"__proto__":{"polluted":"properties"},"constructor":{"prototype":{"polluted":"constructor"}},"name":"x"}}`;
  const result = importText(text);
  const properties = result.collection?.features[0]?.properties;
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
  expect(properties).toEqual({ name: "x", unsourced: true });
  expect(result.problems.map(formatProblem)).toEqual([
    'mine.geojson: feature #0: properties["__proto__"]: warning: is a reserved name; expected another key (dropped)',
    'mine.geojson: feature #0: properties["constructor"]: warning: is a reserved name; expected another key (dropped)',
  ]);
});

test("a file over the size cap is refused before parsing", () => {
  const result = parseUserCollection("big.geojson", "x".repeat(101), {
    publications: known,
    maximumCharacters: 100,
  });
  expect(result.problems.map(formatProblem)).toEqual([
    "big.geojson: feature -: -: is 101 characters long; expected at most 100 (split the file)",
  ]);
});

test("a bow-tie polygon is drawn with a warning", () => {
  const bowTie = {
    type: "Polygon",
    coordinates: [
      [
        [40, 30],
        [50, 35],
        [50, 30],
        [40, 35],
        [40, 30],
      ],
    ],
  };
  const result = importValue({ type: "Feature", geometry: bowTie, properties: {} });
  expect(result.summary.imported).toBe(1);
  expect(result.problems.map(formatProblem)).toEqual([
    "mine.geojson: feature #0: geometry.coordinates: warning: the boundary crosses itself near [45,32.5]; expected a simple polygon (no bow-ties)",
  ]);
});

test("publications may be given as a plain record", () => {
  const record = Object.fromEntries(known);
  const result = parseUserCollection("mine.geojson", JSON.stringify(route()), {
    publications: record,
    today,
  });
  expect(result.collection?.features[0]?.properties.unsourced).toBe(false);
});
