import { expect, test, vi } from "vitest";
import { publicationsFileName } from "../../../src/data/index.ts";
import { applyEdits } from "../../../src/editing/apply-edits.ts";
import {
  checkEdits,
  fieldKeyOfPath,
  preparedWithEdits,
  problemsByField,
  problemsForPublication,
} from "../../../src/editing/check-edits.ts";
import type { EditedFeature, LocalEdits } from "../../../src/editing/types.ts";
import { readShippedTexts } from "../../support/shipped-texts.ts";

// Each check parses the whole dataset with the validator (about 0.1 s alone, seconds on a loaded machine).
vi.setConfig({ testTimeout: 30_000 });

const shipped = readShippedTexts();
const savedAt = "2026-01-01T00:00:00.000Z";
// A fixed "today" far after the data, so that no test depends on the clock.
const today = "2100-01-01";

function shippedFeature(file: string, index = 0): EditedFeature {
  const feature = (JSON.parse(shipped[file] as string) as { features: EditedFeature[] }).features[index];
  if (!feature) throw new Error(`${file} has no feature #${index}`);
  return structuredClone(feature);
}

/** The problems of one edited feature, by field key, after the edit is applied to the shipped files. */
function fieldProblems(file: string, change: (feature: EditedFeature) => void): Map<string, string[]> {
  const feature = shippedFeature(file);
  change(feature);
  const id = feature.properties.id as string;
  const edits: LocalEdits = { features: { [id]: { file, feature, savedAt } }, publications: {} };
  const { problems } = checkEdits(applyEdits(shipped, edits), { today });
  return problemsByField(problems, file, id);
}

test("the shipped files have no problems", () => {
  expect(checkEdits(shipped, { today }).problems).toEqual([]);
});

test("json paths become form field keys", () => {
  expect(fieldKeyOfPath("properties.citations[1].quote")).toBe("citations.1.quote");
  expect(fieldKeyOfPath("properties.period.start")).toBe("period.start");
  expect(fieldKeyOfPath("properties.title")).toBe("title");
  expect(fieldKeyOfPath("geometry.coordinates[3][0]")).toBe("geometry");
  expect(fieldKeyOfPath("geometry")).toBe("geometry");
  expect(fieldKeyOfPath("properties")).toBe("");
  expect(fieldKeyOfPath("features")).toBeNull();
});

test("a quote over the cap is named on its citation's quote", () => {
  const fields = fieldProblems("rail-link.geojson", (feature) => {
    const citations = feature.properties.citations as Record<string, unknown>[];
    citations[0] = { ...citations[0], quote: "x".repeat(301) };
  });
  expect(fields.get("citations.0.quote")).toEqual([
    "is 301 characters long; expected a short verbatim quote (non-empty, at most 300 characters, no leading or trailing spaces)",
  ]);
});

test("an end before the start is named on period.end", () => {
  const fields = fieldProblems("rail-link.geojson", (feature) => {
    feature.properties.period = { start: "2024-05", end: "2024-02" };
  });
  expect(fields.get("period.end")).toEqual([
    'is "2024-02", before the start "2024-05"; expected an end on or after the start',
  ]);
});

test("a start in the future is named on period.start", () => {
  const fields = fieldProblems("rail-link.geojson", (feature) => {
    feature.properties.period = { start: "2101-01" };
  });
  expect(fields.get("period.start")).toEqual([
    `is "2101-01", after today (${today}); expected a date that has happened`,
  ]);
});

test("an end in the future is named on period.end", () => {
  const fields = fieldProblems("rail-link.geojson", (feature) => {
    feature.properties.period = { start: "2023-01", end: "2101-01" };
  });
  expect(fields.get("period.end")).toEqual([
    `is "2101-01", after today (${today}); expected a date that has happened (leave the end out while the period is ongoing)`,
  ]);
});

test("a response dated in the future is named on its date", () => {
  const fields = fieldProblems("rail-link.geojson", (feature) => {
    const citations = feature.properties.citations as Record<string, unknown>[];
    feature.properties.responses = [
      { kind: "denied", who: "A fictional spokesperson", date: "2101-02-03", citations: [citations[0]] },
    ];
  });
  expect(fields.get("responses.0.date")).toEqual([
    `is "2101-02-03", after today (${today}); expected a date that has happened`,
  ]);
});

test("a line with one point is named on the geometry", () => {
  const fields = fieldProblems("rail-link.geojson", (feature) => {
    feature.geometry = { type: "LineString", coordinates: [[130.6, 42.4]] };
  });
  expect(fields.get("geometry")?.[0]).toMatch(/at least 2 positions for a line/);
});

test("a self-intersecting area is named on the geometry", () => {
  const fields = fieldProblems("disguised-transit.geojson", (feature) => {
    feature.geometry = {
      type: "Polygon",
      coordinates: [
        [
          [40, 30],
          [45, 35],
          [45, 30],
          [40, 35],
          [40, 30],
        ],
      ],
    };
  });
  expect(fields.get("geometry")?.[0]).toMatch(
    /the boundary crosses itself near .*; expected a simple polygon/,
  );
});

test.each([
  ["javascript:alert(1)", 'uses the scheme "javascript:"'],
  ["ftp://example.org/file", 'uses the scheme "ftp:"'],
])("a publication address %s is refused on its url field", (url, found) => {
  const { publications } = JSON.parse(shipped[publicationsFileName] as string) as {
    publications: Record<string, unknown>[];
  };
  const publication: Record<string, unknown> = { ...publications[0], url };
  const id = String(publication.id);
  const edits: LocalEdits = { features: {}, publications: { [id]: { publication, savedAt } } };
  const { problems } = checkEdits(applyEdits(shipped, edits), { today });
  expect(problemsForPublication(problems, id).get("url")).toEqual([
    `${found} (${JSON.stringify(url)}); expected an absolute http: or https: URL`,
  ]);
});

test("the app's prepared data shows a saved correction, and problems are one line each", () => {
  const feature = shippedFeature("rail-link.geojson");
  feature.properties.title = "A corrected title for the test";
  const id = feature.properties.id as string;
  const { prepared, problems } = preparedWithEdits(
    shipped,
    { features: { [id]: { file: "rail-link.geojson", feature, savedAt } }, publications: {} },
    { today },
  );
  expect(problems).toEqual([]);
  const layer = prepared.layers.find((candidate) => candidate.id === "rail-link");
  const record = layer?.records.find((candidate) => candidate.id === id);
  expect(record?.title).toBe("A corrected title for the test");
});
