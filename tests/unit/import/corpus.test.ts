import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { fixtureBytes, importBytes } from "./import-fixture.ts";

/**
 * Every committed bad input (tests/fixtures/import/README.md lists them) and what the import must do with it:
 * refuse the file, or import what can be drawn, with messages that name the file, the feature and the field.
 */
type Expected = {
  outcome: "imported" | "rejected";
  imported?: number;
  unsourced?: number;
  /** Substrings of the formatted errors, in order. */
  errors?: string[];
  /** Substrings of the formatted warnings (each must be found). */
  warnings?: string[];
};

const corpus: Record<string, Expected> = {
  "not-json.geojson": {
    outcome: "rejected",
    errors: ['not-json.geojson: feature -: -: invalid JSON at line 1, column 1: unexpected "t"'],
  },
  "with-bom.geojson": { outcome: "imported", imported: 1, unsourced: 1 },
  "utf16le.geojson": { outcome: "imported", imported: 1 },
  "latin1.geojson": {
    outcome: "rejected",
    errors: ["latin1.geojson: feature -: -: is not valid UTF-8 text (Latin-1, Windows-1252"],
  },
  "empty.geojson": { outcome: "rejected", errors: ["empty.geojson: feature -: -: the file is empty"] },
  "empty-collection.geojson": { outcome: "rejected", errors: [] },
  "lone-feature.geojson": { outcome: "imported", imported: 1, unsourced: 1 },
  "bare-geometry.geojson": { outcome: "imported", imported: 1, unsourced: 1 },
  "bare-array.geojson": {
    outcome: "rejected",
    errors: ["bare-array.geojson: feature -: -: the file holds an array of 1 item; expected a GeoJSON"],
  },
  "wrong-case-type.geojson": {
    outcome: "rejected",
    errors: [
      '"type" is "featurecollection"; expected "FeatureCollection" (GeoJSON type names are case-sensitive)',
    ],
  },
  "swapped-lat-lon.geojson": {
    outcome: "imported",
    imported: 2,
    errors: [
      "swapped-lat-lon.geojson: feature #1: geometry.coordinates[1]: latitude is 131.89; expected -90 to 90",
    ],
    warnings: ["feature #2: geometry.coordinates: warning: is [48.15, 17.11]", "i.e. [17.11, 48.15]"],
  },
  "out-of-range.geojson": {
    outcome: "imported",
    imported: 1,
    errors: [
      "out-of-range.geojson: feature #1: geometry.coordinates[0]: longitude is 200; expected -180 to 180",
      "out-of-range.geojson: feature #2: geometry.coordinates[1]: latitude is 95; expected -90 to 90",
    ],
  },
  "projected-metres.geojson": {
    outcome: "rejected",
    errors: [
      "feature #0: geometry.coordinates[0]: longitude is 14682000.5; expected -180 to 180 (this looks like projected metres",
    ],
  },
  "nan-infinity.geojson": {
    outcome: "rejected",
    errors: ["invalid JSON at line 3, column 45: NaN and Infinity are not JSON numbers"],
  },
  "string-coordinates.geojson": {
    outcome: "imported",
    imported: 1,
    errors: [
      'feature #1: geometry.coordinates[0]: is a string ("131.89"); expected a finite number of degrees',
      'feature #1: geometry.coordinates[1]: is a string ("43.12")',
      "feature #2: geometry.coordinates[0]: is null; expected a finite number of degrees",
    ],
  },
  "position-length.geojson": {
    outcome: "rejected",
    errors: [
      "feature #0: geometry.coordinates: has 1 item; expected a position [longitude, latitude]",
      "feature #1: geometry.coordinates: has 4 items",
    ],
  },
  "unclosed-ring.geojson": {
    outcome: "rejected",
    errors: ["feature #0: geometry.coordinates[0][3]: ring is not closed"],
  },
  "degenerate-ring.geojson": {
    outcome: "rejected",
    errors: [
      "feature #0: geometry.coordinates[0]: has 3 items; expected at least 4 positions for a polygon ring",
    ],
  },
  "bow-tie.geojson": {
    outcome: "imported",
    imported: 1,
    warnings: ["feature #0: geometry.coordinates: warning: the boundary crosses itself"],
  },
  "null-geometry.geojson": {
    outcome: "imported",
    imported: 1,
    errors: ["null-geometry.geojson: feature #0: geometry: is null; expected a geometry"],
  },
  "geometry-collection.geojson": {
    outcome: "imported",
    imported: 1,
    errors: ['feature #0: geometry.type: is "GeometryCollection"; expected a GeoJSON geometry object'],
  },
  "top-level-geometry-collection.geojson": {
    outcome: "rejected",
    errors: ["GeometryCollection is not supported"],
  },
  "antimeridian.geojson": {
    outcome: "imported",
    imported: 1,
    warnings: ["feature #0: geometry.coordinates[2]: warning: jumps from longitude 179.5 to -178.5"],
  },
  "duplicate-ids.geojson": {
    outcome: "imported",
    imported: 2,
    warnings: ['feature same-id: properties.id: warning: "same-id" is used by an earlier feature'],
  },
  "duplicate-keys.geojson": {
    outcome: "imported",
    imported: 1,
    warnings: ['features[0].properties.title: warning: the key "title" appears more than once'],
  },
  "missing-properties.geojson": { outcome: "imported", imported: 2, unsourced: 2 },
  "wrong-typed-properties.geojson": {
    outcome: "imported",
    imported: 2,
    unsourced: 2,
    warnings: [
      'feature #0: properties: warning: is "just a string"; expected an object',
      "feature #1: properties.title: warning: is 42; expected a short title",
      'feature #1: properties.citations: warning: is a string ("guardian"); expected a list of citations — imported as unsourced',
    ],
  },
  "long-title.geojson": {
    outcome: "imported",
    imported: 2,
    unsourced: 2,
    warnings: [
      "feature cited-long: properties.title: warning: is 10000 characters long; expected a short title",
    ],
  },
  "html-in-every-field.geojson": { outcome: "imported", imported: 2, unsourced: 1 },
  "dangerous-urls.geojson": {
    outcome: "imported",
    imported: 1,
    warnings: [
      'properties.url: warning: uses the scheme "javascript:"',
      'properties.link: warning: uses the scheme "javascript:" ("JaVaScRiPt:',
      'properties.href: warning: uses the scheme "data:"',
      'properties.website: warning: uses the scheme "vbscript:"',
      "properties.source_url: warning: contains spaces, control or invisible characters",
      "properties.entity_url: warning: is not an absolute URL",
      'properties.file_link: warning: uses the scheme "file:"',
      "properties.note: warning: contains spaces, control or invisible characters",
    ],
  },
  "prototype-keys.geojson": {
    outcome: "imported",
    imported: 1,
    warnings: ['properties["__proto__"]: warning: is a reserved name', 'properties["constructor"]: warning'],
  },
  "style-keys.geojson": { outcome: "imported", imported: 1, unsourced: 1 },
  "truncated.geojson": {
    outcome: "rejected",
    errors: ["invalid JSON at line 1, column 94: unterminated string"],
  },
  "trailing-comma.geojson": {
    outcome: "rejected",
    errors: ['invalid JSON at line 1, column 42: trailing comma before "}"'],
  },
  "comments.geojson": {
    outcome: "rejected",
    errors: ["invalid JSON at line 2, column 1: comments are not allowed in JSON"],
  },
  "kml-renamed.geojson": { outcome: "rejected", errors: ["looks like XML or HTML (KML or GPX?), not JSON"] },
  "png-renamed.geojson": { outcome: "rejected", errors: ["is not valid UTF-8 text"] },
  "sourced.geojson": { outcome: "imported", imported: 1, unsourced: 0 },
  "mixed-geometries.geojson": { outcome: "imported", imported: 3, unsourced: 3 },
};

test("every committed fixture has an expected behaviour, and there are at least 25 kinds", () => {
  const files = readdirSync("tests/fixtures/import").filter((name) => name.endsWith(".geojson"));
  expect(files.sort()).toEqual(Object.keys(corpus).sort());
  expect(files.length).toBeGreaterThanOrEqual(25);
});

describe.each(Object.entries(corpus))("%s", (name, expected) => {
  test(`is ${expected.outcome}${expected.imported === undefined ? "" : ` with ${expected.imported} features`}`, async () => {
    const { report, result } = await importBytes(name, fixtureBytes(name));
    expect(report.outcome).toBe(expected.outcome);
    if (expected.imported !== undefined) expect(result.summary.imported).toBe(expected.imported);
    if (expected.unsourced !== undefined) expect(result.summary.unsourced).toBe(expected.unsourced);
    const errors = expected.errors ?? [];
    expect(report.errors).toHaveLength(errors.length);
    errors.forEach((fragment, index) => {
      expect(report.errors[index]).toContain(fragment);
    });
    for (const fragment of expected.warnings ?? []) {
      expect(report.warnings.some((warning) => warning.includes(fragment))).toBe(true);
    }
    if (expected.outcome === "rejected") expect(report.headline).toContain(`${name} was not imported`);
  });
});

test("a refused feature's message names the file, the feature and the field", async () => {
  const { report } = await importBytes("out-of-range.geojson", fixtureBytes("out-of-range.geojson"));
  expect(report.errors[0]).toMatch(/^out-of-range\.geojson: feature #1: geometry\.coordinates\[0\]: /);
});

test("prototype keys pollute nothing", async () => {
  const { result } = await importBytes("prototype-keys.geojson", fixtureBytes("prototype-keys.geojson"));
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(result.collection?.features[0]?.properties ?? {}).sort()).toEqual([
    "title",
    "unsourced",
  ]);
});

test("a UTF-16 file's text arrives intact", async () => {
  const { result } = await importBytes("utf16le.geojson", fixtureBytes("utf16le.geojson"));
  expect(result.collection?.features[0]?.properties.title).toBe("Наблюдение near Vladivostok");
});
