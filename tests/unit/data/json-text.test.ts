import { expect, test } from "vitest";
import { decodeDataBytes, parseDataset } from "../../../src/data/index.ts";
import { datasetFiles, today } from "./dataset-fixture.ts";

/** Messages for the routes file when its text is replaced. */
function routesFileProblems(text: string): string[] {
  const files = { ...datasetFiles(), "routes.geojson": text };
  return parseDataset(files, { today })
    .problems.filter((problem) => problem.file === "routes.geojson")
    .map((problem) => `${problem.feature} ${problem.path}: ${problem.message}`);
}

test("a syntax error is reported with its line and column", () => {
  expect(routesFileProblems('{\n  "type": "FeatureCollection"\n  "features": []\n}')).toEqual([
    '- -: invalid JSON at line 3, column 3: unexpected "\\"" after a property value; expected "," or "}"',
  ]);
});

test("a trailing comma is named", () => {
  expect(routesFileProblems('{"type": "FeatureCollection", "features": [],}')).toEqual([
    '- -: invalid JSON at line 1, column 45: trailing comma before "}"; JSON does not allow one here',
  ]);
});

test("comments are named", () => {
  expect(routesFileProblems('{\n// routes\n"type": "FeatureCollection", "features": []}')).toEqual([
    "- -: invalid JSON at line 2, column 1: comments are not allowed in JSON; expected a property name in double quotes",
  ]);
});

test("NaN is named", () => {
  expect(routesFileProblems('{"type": "FeatureCollection", "features": [NaN]}')).toEqual([
    "- -: invalid JSON at line 1, column 44: NaN and Infinity are not JSON numbers; expected a number or null",
  ]);
});

test("a truncated file is named", () => {
  expect(routesFileProblems('{"type": "FeatureCollection", "features": [')).toEqual([
    "- -: invalid JSON at line 1, column 44: unexpected end of the file (is it truncated?); expected a value",
  ]);
});

test("an empty file is named", () => {
  expect(routesFileProblems("  \n")).toEqual(["- -: the file is empty; expected a JSON document"]);
});

test("XML (a renamed KML file) is recognised", () => {
  expect(routesFileProblems('<?xml version="1.0"?><kml></kml>')).toEqual([
    "- -: looks like XML or HTML (KML or GPX?), not JSON; expected a GeoJSON or JSON file",
  ]);
});

test("a UTF-8 byte-order mark is accepted", () => {
  const files = datasetFiles();
  const withMark = { ...files, "routes.geojson": `\ufeff${files["routes.geojson"]}` };
  expect(parseDataset(withMark, { today }).problems).toEqual([]);
});

test("a repeated key is reported, since JSON.parse would silently keep the last", () => {
  const files = datasetFiles();
  const text = (files["routes.geojson"] ?? "").replace(
    '"title":"A route"',
    '"title":"A route","title":"Another"',
  );
  expect(routesFileProblems(text)).toEqual([
    '#0 features[0].properties.title: the key "title" appears more than once in this object (line 1, column 204); expected each key once (JSON.parse keeps only the last value)',
  ]);
});

test("UTF-8 bytes decode, and the byte-order mark is dropped", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"name":"Хасан"}')]);
  expect(decodeDataBytes(bytes)).toEqual({ text: '{"name":"Хасан"}', encoding: "utf-8" });
});

test("UTF-16 with a byte-order mark decodes", () => {
  const bytes = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
  expect(decodeDataBytes(bytes)).toEqual({ text: "{}", encoding: "utf-16le" });
});

test("Latin-1 bytes are refused rather than garbled", () => {
  const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]);
  expect(decodeDataBytes(bytes)).toEqual({
    error: "is not valid UTF-8 text (Latin-1, Windows-1252 or a binary file?); expected a UTF-8 JSON file",
  });
});
