import { expect, test } from "vitest";
import { EditHistory } from "../../../src/editing/history.ts";
import {
  diffFeature,
  featureRevisions,
  geometrySummary,
  revertFeature,
} from "../../../src/editing/revisions.ts";
import type { EditedFeature, LocalEdits } from "../../../src/editing/types.ts";

// Fictional test data.
function feature(): EditedFeature {
  return {
    type: "Feature",
    geometry: {
      type: "LineString",
      coordinates: [
        [130.6, 42.4],
        [130.7, 42.5],
      ],
    },
    properties: {
      id: "test-route",
      title: "A fictional route",
      citations: [{ publication: "test-publication-one", quote: "first words" }],
      period: { start: "2023-01" },
      waypoints: ["place-a", "place-b"],
    },
  };
}

test("an unchanged feature gives only the geometry row, marked unchanged", () => {
  expect(diffFeature(feature(), feature())).toEqual([
    {
      field: "geometry",
      label: "Geometry",
      before: "LineString, 2 vertices",
      after: "LineString, 2 vertices (unchanged)",
    },
  ]);
});

test("changed fields, list items and the geometry are listed in the form's order", () => {
  const edited = feature();
  edited.properties.title = "A corrected fictional route";
  edited.properties.period = { start: "2023-01", end: "2023-06" };
  edited.properties.citations = [
    { publication: "test-publication-one", quote: "other words" },
    { publication: "test-publication-two" },
  ];
  edited.properties.waypoints = ["place-a", "place-c"];
  edited.geometry = {
    type: "LineString",
    coordinates: [
      [130.6, 42.4],
      [130.65, 42.45],
      [130.7, 42.5],
    ],
  };
  expect(diffFeature(feature(), edited)).toEqual([
    { field: "title", label: "Title", before: "A fictional route", after: "A corrected fictional route" },
    { field: "citations.0.quote", label: "Citations 1 › Quote", before: "first words", after: "other words" },
    { field: "citations.1", label: "Citations 2", before: "", after: "Publication: test-publication-two" },
    { field: "period.end", label: "Period end", before: "", after: "2023-06" },
    { field: "waypoints.1", label: "Waypoints 2", before: "place-b", after: "place-c" },
    {
      field: "geometry",
      label: "Geometry",
      before: "LineString, 2 vertices",
      after: "LineString, 3 vertices (changed)",
    },
  ]);
});

test("geometry summaries count the vertices of every part", () => {
  expect(geometrySummary({ type: "Point", coordinates: [1, 2] })).toBe("Point, 1 vertex");
  expect(
    geometrySummary({
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    }),
  ).toBe("Polygon, 4 vertices");
  expect(geometrySummary(null)).toBe("none");
});

test("reverting a feature drops its saved edit and keeps the others", () => {
  const savedAt = "2026-01-01T00:00:00.000Z";
  const edits: LocalEdits = {
    features: {
      "test-route": { file: "routes.geojson", feature: feature(), savedAt },
      "test-other": { file: "routes.geojson", feature: feature(), savedAt },
    },
    publications: {},
  };
  const reverted = revertFeature(edits, "test-route");
  expect(Object.keys(reverted.features)).toEqual(["test-other"]);
  expect(Object.keys(edits.features)).toEqual(["test-route", "test-other"]);
});

test("undo and redo walk the states back and forth; a new change drops the redo steps", () => {
  const history = new EditHistory<string>();
  expect(history.canUndo).toBe(false);
  expect(history.undo()).toBeUndefined();
  history.push("a");
  history.push("b");
  history.push("c");
  expect(history.undo()).toBe("b");
  expect(history.undo()).toBe("a");
  expect(history.canUndo).toBe(false);
  expect(history.undo()).toBeUndefined();
  expect(history.redo()).toBe("b");
  expect(history.canRedo).toBe(true);
  history.push("d");
  expect(history.canRedo).toBe(false);
  expect(history.redo()).toBeUndefined();
  expect(history.undo()).toBe("b");
  expect(history.present).toBe("b");
});

test("the history keeps at most its limit of steps", () => {
  const history = new EditHistory<number>(3);
  for (let step = 0; step <= 10; step += 1) history.push(step);
  const undone: number[] = [];
  for (let state = history.undo(); state !== undefined; state = history.undo()) undone.push(state);
  expect(undone).toEqual([9, 8, 7]);
});

test("reset starts over with nothing to undo or redo", () => {
  const history = new EditHistory<string>();
  history.push("a");
  history.push("b");
  history.undo();
  history.reset("saved");
  expect([history.canUndo, history.canRedo, history.present]).toEqual([false, false, "saved"]);
});

test("pushes of one group make one step; another group or an undo ends it", () => {
  const history = new EditHistory<string>();
  history.reset("");
  for (const typed of ["A", "A f", "A fictional"]) history.push(typed, "title");
  history.push("note", "notes");
  history.push("note!", "notes");
  expect(history.undo()).toBe("A fictional");
  expect(history.undo()).toBe("");
  expect(history.canUndo).toBe(false);
  expect(history.redo()).toBe("A fictional");
  history.push("A fictional title", "title");
  history.push("A fictional title.", "title");
  expect(history.undo()).toBe("A fictional");
});

test("revisions list each saved edit against what ships, corrected or added, the latest first", () => {
  const shippedTexts = {
    "routes.geojson": JSON.stringify({ type: "FeatureCollection", features: [feature()] }),
  };
  const corrected = feature();
  corrected.properties.title = "A corrected fictional route";
  const added = feature();
  added.properties.id = "test-added";
  const revisions = featureRevisions(shippedTexts, {
    features: {
      "test-route": { file: "routes.geojson", feature: corrected, savedAt: "2026-01-01T10:00:00.000Z" },
      "test-added": { file: "routes.geojson", feature: added, savedAt: "2026-01-01T11:00:00.000Z" },
    },
    publications: {},
  });
  expect(revisions.map(({ id, change }) => [id, change])).toEqual([
    ["test-added", "added"],
    ["test-route", "corrected"],
  ]);
  expect(revisions[1]?.rows.map((row) => row.field)).toEqual(["title", "geometry"]);
  expect(revisions[0]?.rows[0]).toEqual({ field: "id", label: "Id", before: "", after: "test-added" });
  expect(revisions[0]?.rows.at(-1)).toEqual({
    field: "geometry",
    label: "Geometry",
    before: "none",
    after: "LineString, 2 vertices (changed)",
  });
});
