import { describe, expect, test } from "vitest";
import { guessColumns } from "../../../src/formats/csv-columns.ts";
import { previewCsvBytes } from "../../../src/formats/read-file.ts";
import { importBytes } from "../import/import-fixture.ts";
import { formatFixture, importFormatFixture, propertiesOf } from "./format-fixture.ts";

describe("CSV", () => {
  test("semicolons and decimal commas: points at the right place, numbers typed, dates kept as ISO text", async () => {
    const { result, report } = await importFormatFixture("semicolon-decimal-comma.csv");
    expect(report.errors).toEqual([]);
    const [layer] = result.layers;
    expect(layer?.features.map((feature) => feature.geometry)).toEqual([
      { type: "Point", coordinates: [130.3, 42.25] },
      { type: "Point", coordinates: [133.05, 42.75] },
    ]);
    expect(layer?.features[1]?.properties).toEqual({
      Name: "Vostochny",
      Breite: "x",
      Länge: "x",
      Menge: 2.5,
      Datum: "2023-10-01",
      unsourced: true,
    });
  });

  test("ship positions: one time-ordered track per vessel with its first and last time, and the points as a second layer", async () => {
    const { result, report } = await importFormatFixture("ship-positions.csv");
    const [tracks, positions] = propertiesOf(result);
    expect(tracks?.name).toBe("tracks");
    expect(positions?.name).toBe("positions");
    expect(positions?.features).toHaveLength(9);
    expect(tracks?.features.map((feature) => feature.properties)).toEqual([
      {
        title: "273000001",
        mmsi: 273000001,
        start_time: "2023-08-20T10:00:00Z",
        end_time: "2023-08-22T10:00:00Z",
        positions: 3,
        period: { start: "2023-08-20", end: "2023-08-22" },
        unsourced: true,
      },
      expect.objectContaining({ title: "273000002", positions: 3 }),
      expect.objectContaining({
        title: "273000003",
        positions: 2,
        start_time: "2023-10-05 06:00",
        end_time: "2023-10-06 06:00",
      }),
    ]);
    // The rows of the first vessel were out of order in the file; the line follows time.
    expect(result.layers[0]?.features[0]?.geometry).toEqual({
      type: "LineString",
      coordinates: [
        [130.3, 42.25],
        [131.5, 42.5],
        [133.05, 42.75],
      ],
    });
    expect(report.warnings).toEqual([
      'ship-positions.csv: row 10: timestamp: warning: is "not a time"; expected an ISO date or date-time such as 2024-03-01T06:30:00Z (kept as a point, left out of the tracks)',
    ]);
  });

  test("the positions layer is left out when the user says so", async () => {
    const bytes = formatFixture("ship-positions.csv");
    const columns = { ...guessColumns(["mmsi", "timestamp", "latitude", "longitude"]), keepPoints: false };
    const { result } = await importBytes("ships.csv", bytes, { csvColumns: columns });
    expect(result.layers.map((layer) => layer.name)).toEqual(["tracks"]);
  });

  test("rows whose coordinates cannot be read are left out, each named by row and column", async () => {
    const { result, report } = await importFormatFixture("bad-rows.csv");
    expect(result.summary).toEqual({ total: 4, imported: 1, unsourced: 1 });
    expect(report.errors).toEqual([
      'bad-rows.csv: row 3: lat: is "abc"; expected a number (a decimal point or a decimal comma)',
      'bad-rows.csv: row 4: lat: is ""; expected a number (a decimal point or a decimal comma)',
      "bad-rows.csv: row 5: geometry.coordinates[1]: latitude is 130.3; expected -90 to 90 (GeoJSON order is [longitude, latitude]; is the pair swapped?)",
    ]);
  });

  test("a WKT column gives any geometry; tab-separated files are read too", async () => {
    const tsv =
      "name\tWKT\nLine\tLINESTRING (130.3 42.25, 133.05 42.75)\nArea\tPOLYGON ((130 42, 131 42, 131 43, 130 42))\n";
    const { result } = await importBytes("shapes.tsv", tsv);
    expect(result.layers[0]?.features.map((feature) => feature.geometry.type)).toEqual([
      "LineString",
      "Polygon",
    ]);
    expect(result.layers[0]?.features[0]?.properties).toEqual({ name: "Line", unsourced: true });
  });

  test("columns the user chose win over the guess", async () => {
    const csv = "a,b,c\n42.25,130.3,x\n";
    const guessed = await importBytes("abc.csv", csv);
    expect(guessed.report.errors[0]).toContain(
      'abc.csv: feature -: -: names no coordinate columns (found "a", "b", "c"); expected lat/latitude/y and lon/lng/long/longitude/x, or a WKT column',
    );
    const { result } = await importBytes("abc.csv", csv, {
      csvColumns: {
        position: { kind: "lat-lon", lat: "a", lon: "b" },
        id: null,
        time: null,
        keepPoints: true,
      },
    });
    expect(result.layers[0]?.features[0]?.geometry).toEqual({ type: "Point", coordinates: [130.3, 42.25] });
  });

  test("Latin-1 bytes are refused as not UTF-8; the message does not call the file JSON", async () => {
    const { report } = await importBytes("latin1.csv", new Uint8Array([0x6c, 0x61, 0x74, 0x0a, 0xe9, 0x0a]));
    expect(report.errors).toEqual([
      "latin1.csv: feature -: -: is not valid UTF-8 text (Latin-1, Windows-1252 or a binary file?); expected UTF-8 text",
    ]);
  });

  test("the preview guesses the columns and shows the first rows, without reading the whole file", () => {
    const head = formatFixture("ship-positions.csv").subarray(0, 200);
    const preview = previewCsvBytes(head);
    expect(preview).toEqual({
      columns: ["mmsi", "timestamp", "latitude", "longitude", "speed", "note"],
      rows: [
        ["273000001", "2023-08-20T10:00:00Z", "42.25", "130.30", "0.1", '=HYPERLINK("http://evil")'],
        ["273000001", "2023-08-22T10:00:00Z", "42.75", "133.05", "0.0", "arrived"],
      ],
      guess: {
        position: { kind: "lat-lon", lat: "latitude", lon: "longitude" },
        id: "mmsi",
        time: "timestamp",
        keepPoints: true,
      },
    });
  });
});

test("column names are matched in any case and with common spellings", () => {
  expect(guessColumns(["LAT", "Lng"]).position).toEqual({ kind: "lat-lon", lat: "LAT", lon: "Lng" });
  expect(guessColumns(["Y", "X"]).position).toEqual({ kind: "lat-lon", lat: "Y", lon: "X" });
  expect(guessColumns(["Long", "Latitude"]).position).toEqual({
    kind: "lat-lon",
    lat: "Latitude",
    lon: "Long",
  });
  expect(guessColumns(["the_geom"]).position).toEqual({ kind: "wkt", column: "the_geom" });
  expect(guessColumns(["name"]).position).toBeNull();
});
