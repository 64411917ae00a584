import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, expect, test, vi } from "vitest";
import { parseDataset } from "../../../src/data/index.ts";
import { exportChanges } from "../../../src/editing/export-changes.ts";
import type { EditedFeature, LocalEdits } from "../../../src/editing/types.ts";
import { geojsonDirectory, readShippedTexts } from "../../support/shipped-texts.ts";

// Each check parses the whole dataset with the validator (about 0.1 s alone, seconds on a loaded machine).
vi.setConfig({ testTimeout: 30_000 });

const shipped = readShippedTexts();
const today = "2100-01-01";
let temporary: string | undefined;

afterEach(() => {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
  temporary = undefined;
});

function features(file: string): EditedFeature[] {
  return (JSON.parse(shipped[file] as string) as { features: EditedFeature[] }).features;
}

/** A correction of a shipped feature, a new feature and the new (fictional) publication it cites. */
function sampleEdits(): LocalEdits {
  const corrected = structuredClone(features("kim-train-2023.geojson")[1] as EditedFeature);
  corrected.properties.title = "A corrected title for the test";
  const added = structuredClone(features("rail-link.geojson")[0] as EditedFeature);
  added.properties.id = "test-added-feature";
  added.properties.title = "A fictional feature for the test";
  added.properties.citations = [
    ...(added.properties.citations as object[]),
    { publication: "example-gazette-2025-03-14-fictional-report" },
  ];
  return {
    features: {
      [corrected.properties.id as string]: {
        file: "kim-train-2023.geojson",
        feature: corrected,
        savedAt: "2026-01-02T10:00:00.000Z",
      },
      "test-added-feature": {
        file: "rail-link.geojson",
        feature: added,
        savedAt: "2026-01-02T11:00:00.000Z",
      },
    },
    publications: {
      "example-gazette-2025-03-14-fictional-report": {
        publication: {
          id: "example-gazette-2025-03-14-fictional-report",
          publisher: "The Example Gazette",
          title: "A Fictional Report on Rail Freight",
          published: "2025-03-14",
          kind: "news",
          reliability: "C",
        },
        savedAt: "2026-01-02T09:00:00.000Z",
      },
    },
  };
}

test("the exported files, copied into geojson/, pass the validator and change only the edited lines", () => {
  const { files } = exportChanges(shipped, sampleEdits());
  expect(files.map((file) => file.name)).toEqual([
    "kim-train-2023.geojson",
    "publications.json",
    "rail-link.geojson",
  ]);
  temporary = mkdtempSync(join(tmpdir(), "exported-changes-"));
  cpSync(geojsonDirectory, temporary, { recursive: true });
  for (const file of files) writeFileSync(join(temporary, file.name), file.text);
  const texts = Object.fromEntries(
    readdirSync(temporary)
      .filter((name) => /\.(geo)?json$/.test(name))
      .map((name) => [name, readFileSync(join(temporary as string, name), "utf8")]),
  );
  expect(parseDataset(texts, { today }).problems).toEqual([]);

  // The corrected feature: one line differs, the title.
  const before = (shipped["kim-train-2023.geojson"] as string).split("\n");
  const after = (texts["kim-train-2023.geojson"] as string).split("\n");
  expect(after.length).toBe(before.length);
  expect(after.filter((line, index) => line !== before[index])).toEqual([
    '        "title": "A corrected title for the test",',
  ]);

  // The new feature and publication: appended, every shipped line before them kept.
  for (const name of ["rail-link.geojson", "publications.json"]) {
    const shippedLines = (shipped[name] as string).split("\n");
    const exportedLines = (texts[name] as string).split("\n");
    const kept = shippedLines.length - 4;
    expect(exportedLines.slice(0, kept)).toEqual(shippedLines.slice(0, kept));
    expect(exportedLines[kept]).toBe(`${shippedLines[kept]},`);
    expect(exportedLines.slice(-3)).toEqual(shippedLines.slice(-3));
  }
});

test("the archive holds the changed files under geojson/ and a README saying where they go", () => {
  const { files, zip } = exportChanges(shipped, sampleEdits());
  const entries = unzipSync(zip);
  expect(Object.keys(entries).sort()).toEqual([
    "README.txt",
    "geojson/kim-train-2023.geojson",
    "geojson/publications.json",
    "geojson/rail-link.geojson",
  ]);
  for (const file of files) expect(strFromU8(entries[`geojson/${file.name}`] as Uint8Array)).toBe(file.text);
  const readme = strFromU8(entries["README.txt"] as Uint8Array);
  expect(readme).toContain("npm run validate");
  expect(readme).toContain("geojson/kim-train-2023.geojson: 1 feature corrected, 0 added");
  expect(readme).toContain("geojson/rail-link.geojson: 0 features corrected, 1 added");
  expect(readme).toContain("geojson/publications.json: 0 publications corrected, 1 added");
  expect(readme).toContain("last saved 2026-01-02T11:00:00.000Z");
});

test("exporting the same edits twice gives the same bytes", () => {
  const first = exportChanges(shipped, sampleEdits());
  const second = exportChanges(shipped, sampleEdits());
  expect(second.files).toEqual(first.files);
  expect(Buffer.from(second.zip).equals(Buffer.from(first.zip))).toBe(true);
});

test("no edits export no files", () => {
  const { files, zip } = exportChanges(shipped, { features: {}, publications: {} });
  expect(files).toEqual([]);
  expect(Object.keys(unzipSync(zip))).toEqual(["README.txt"]);
});
