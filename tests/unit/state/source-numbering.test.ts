import { expect, test } from "vitest";
import type { CitationRecord, FeatureRecord } from "../../../src/state/feature-record.ts";
import { markerLabels } from "../../../src/state/marker-labels.ts";
import { SourceNumbering } from "../../../src/state/source-numbering.ts";
import { markerLabel } from "../../../src/symbology/source-markers.ts";

function citation(publicationId: string, resolved = true): CitationRecord {
  return {
    publicationId,
    resolved,
    publisher: publicationId.toUpperCase(),
    title: `Title ${publicationId}`,
    published: "2024-01",
  };
}

function feature(id: string, citations: CitationRecord[], responses: CitationRecord[] = []): FeatureRecord {
  return {
    id,
    layerId: "layer",
    layerTitle: "Layer",
    color: "#000000",
    title: id,
    claim: "claim",
    figures: [],
    responses:
      responses.length > 0
        ? [{ kind: "denied", kindLabel: "Denied", who: "Kremlin", date: "2024-01-02", citations: responses }]
        : [],
    citations,
    notes: [],
    unsourced: false,
    bounds: [0, 0, 1, 1],
  };
}

test("publications are numbered in order of first citation, once each, claims and responses alike", () => {
  const numbered = new SourceNumbering().number([
    feature("rail", [citation("a"), citation("b")]),
    feature("port", [citation("b"), citation("missing", false)], [citation("c")]),
    feature("unsourced", []),
  ]);
  expect(numbered.sources.map((source) => [source.number, source.citation.publicationId])).toEqual([
    [1, "a"],
    [2, "b"],
    [3, "c"],
  ]);
  expect(Object.fromEntries(numbered.byFeature)).toEqual({ rail: [1, 2], port: [2, 3] });
  expect(markerLabels(numbered)).toEqual({ rail: "1, 2", port: "2, 3" });
});

test("a deck numbers once: a later view keeps the earlier numbers and lists only its own sources", () => {
  const numbering = new SourceNumbering();
  numbering.number([feature("rail", [citation("a"), citation("b")])]);
  const second = numbering.number([feature("sea", [citation("c"), citation("a")])]);
  expect(second.sources.map((source) => source.number)).toEqual([1, 3]);
  expect(second.byFeature.get("sea")).toEqual([3, 1]);
  expect(numbering.all().map((source) => source.citation.publicationId)).toEqual(["a", "b", "c"]);
  expect(
    numbering.cite([citation("d"), citation("b"), citation("x", false)]).map((source) => source.number),
  ).toEqual([4, 2]);
});

test("a marker reads like a footnote: runs of three or more collapse to a range", () => {
  expect(markerLabel([3])).toBe("3");
  expect(markerLabel([9, 3, 4])).toBe("3, 4, 9");
  expect(markerLabel([1, 2, 3, 5, 7, 8, 9, 9])).toBe("1–3, 5, 7–9");
});
