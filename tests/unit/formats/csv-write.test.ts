import Papa from "papaparse";
import { expect, test } from "vitest";
import { csvCell, csvDocument } from "../../../src/formats/csv-write.ts";
import { crossing, samplePublications } from "./format-fixture.ts";

test("a row per feature: layer, sourcing columns and WKT; Excel reads it as UTF-8", () => {
  const csv = csvDocument(
    [{ title: "Rail", color: "#d55e00", group: "munitions-flow", features: [crossing] }],
    samplePublications,
  );
  expect(csv.startsWith("\ufeff")).toBe(true);
  const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
  expect(rows).toEqual([
    [
      "layer",
      "id",
      "title",
      "claim",
      "status",
      "confidence",
      "claimant",
      "publications",
      "first_date",
      "last_date",
      "precision",
      "wkt",
    ],
    [
      "Rail",
      "crossing",
      "Trains cross, again <script>alert(1)</script>",
      'He said "trains" ]]> and\nships',
      "alleged",
      "moderate",
      "US government",
      "Example Institute, [Trains & ships <analysis>], 2024-02-01 <https://example.org/report?a=1&b=2> | missing (not in the project's list of publications)",
      "2022-11",
      "2023-03-01",
      "schematic",
      "LINESTRING (130.6 42.4, 130.65 42.43)",
    ],
  ]);
});

test("cells that would start a formula get a leading apostrophe", () => {
  expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
  expect(csvCell("+1")).toBe("'+1");
  expect(csvCell("-2+3")).toBe("'-2+3");
  expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  expect(csvCell("\t=1")).toBe("'\t=1");
  expect(csvCell("plain text")).toBe("plain text");
  expect(csvCell("a;b")).toBe('"a;b"');
});
