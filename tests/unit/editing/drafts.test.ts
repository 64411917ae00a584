import { expect, test, vi } from "vitest";
import { applyEdits } from "../../../src/editing/apply-edits.ts";
import {
  checkDraft,
  draftOfFeature,
  featureOfDraft,
  newDraft,
  saveDraftToEdits,
} from "../../../src/editing/drafts.ts";
import { type EditedFeature, emptyEdits } from "../../../src/editing/types.ts";
import { readShippedTexts } from "../../support/shipped-texts.ts";

// Each check parses the whole dataset with the validator (about 0.1 s alone, seconds on a loaded machine).
vi.setConfig({ testTimeout: 30_000 });

const shipped = readShippedTexts();
const today = "2100-01-01";
const savedAt = "2026-01-01T00:00:00.000Z";

function features(file: string): EditedFeature[] {
  return (JSON.parse(shipped[file] as string) as { features: EditedFeature[] }).features;
}

const layerFiles = Object.keys(shipped).filter(
  (name) => name.endsWith(".geojson") && name !== "places.geojson",
);

test.each(layerFiles)(
  "every feature of %s opened as a draft and saved unchanged leaves the file as it is",
  (file) => {
    let edits = emptyEdits();
    for (const feature of features(file))
      edits = saveDraftToEdits(edits, draftOfFeature(file, feature), savedAt);
    expect(Object.keys(edits.features)).toHaveLength(features(file).length);
    expect(applyEdits(shipped, edits)[file]).toBe(shipped[file]);
  },
);

test("a shipped feature opened as a draft has no problems", () => {
  const draft = draftOfFeature("rail-link.geojson", features("rail-link.geojson")[0] as EditedFeature);
  expect(checkDraft(shipped, emptyEdits(), draft, { today }).fields).toEqual(new Map());
});

test("an empty new draft names its missing fields, the geometry among them", () => {
  const { fields } = checkDraft(shipped, emptyEdits(), newDraft("rail-link.geojson"), { today });
  for (const key of ["id", "title", "claim", "status", "citations.0.publication", "period.start", "geometry"])
    expect(fields.get(key), key).toBeDefined();
  expect(fields.get("title")).toEqual([
    "is missing; expected a short title (non-empty, at most 120 characters, no leading or trailing spaces)",
  ]);
});

test("a quote over the cap in a draft is named on its field", () => {
  const draft = draftOfFeature("rail-link.geojson", features("rail-link.geojson")[0] as EditedFeature);
  const citations = draft.properties.citations as { quote: string }[];
  (citations[1] as { quote: string }).quote = "x".repeat(301);
  const { fields } = checkDraft(shipped, emptyEdits(), draft, { today });
  expect([...fields.keys()]).toEqual(["citations.1.quote"]);
});

test("a new feature may not take the id of a shipped one", () => {
  const shippedFeature = features("rail-link.geojson")[0] as EditedFeature;
  const draft = { ...draftOfFeature("rail-link.geojson", shippedFeature), featureId: null };
  expect(checkDraft(shipped, emptyEdits(), draft, { today }).fields).toEqual(
    new Map([
      ["id", [`is already used in rail-link.geojson (feature #0); expected ids unique across all files`]],
    ]),
  );
});

test("a new feature saved under its id; renamed before the next save, the old key goes", () => {
  const base = features("rail-link.geojson")[0] as EditedFeature;
  const draft = { ...draftOfFeature("rail-link.geojson", base), featureId: null };
  draft.properties.id = "test-new-feature";
  const once = saveDraftToEdits(emptyEdits(), draft, savedAt);
  expect(Object.keys(once.features)).toEqual(["test-new-feature"]);
  const renamed = {
    ...draft,
    featureId: "test-new-feature",
    properties: { ...draft.properties, id: "test-renamed" },
  };
  const twice = saveDraftToEdits(once, renamed, savedAt);
  expect(Object.keys(twice.features)).toEqual(["test-renamed"]);
  expect(featureOfDraft(renamed).properties.id).toBe("test-renamed");
  expect(() => saveDraftToEdits(emptyEdits(), newDraft("rail-link.geojson"), savedAt)).toThrow(/needs an id/);
});
