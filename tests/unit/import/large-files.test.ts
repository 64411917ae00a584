import { expect, test } from "vitest";
import { limits } from "../../../src/data/index.ts";
import { scanJson } from "../../../src/data/json-scanner.ts";
import { checkFile } from "../../../src/import/check-file.ts";
import { prepareImported } from "../../../src/import/prepare-imported.ts";
import {
  deeplyNestedLargeFile,
  deeplyNestedProperties,
  hugeLine,
  hugeRing,
  largeCollection,
  largeFile,
  manyDuplicateKeys,
  manyDuplicates,
  oneBad,
  oneBadAmongMany,
} from "../../fixtures/import/generate.ts";
import { importBytes } from "./import-fixture.ts";

test("a file over the size limit is refused before a byte is read, with its size in the message", async () => {
  const megabyte = new Blob([new Uint8Array(1024 * 1024)]);
  const parts = Array.from({ length: 101 }, () => megabyte);
  const result = await checkFile(new Blob(parts), "huge.geojson", {
    publications: [],
    onProgress: () => {
      throw new Error("an oversized file must not be read");
    },
  });
  expect(result.collection).toBeNull();
  expect(result.problems.map((problem) => problem.message)).toEqual([
    "is 101 MB; expected at most 100 MB (split the file or simplify its geometry) — it was not read",
  ]);
  expect(limits.userFileBytes).toBe(100 * 1024 * 1024);
});

test("a 50 MB file of 100,000 features is imported whole, with progress while reading and checking", async () => {
  const text = largeCollection();
  expect(new TextEncoder().encode(text).length).toBeGreaterThanOrEqual(largeFile.minimumBytes);
  const stages = new Set<string>();
  const { result, report } = await importBytes(largeFile.name, text, {
    onProgress: (progress) => stages.add(progress.stage),
  });
  expect(report.outcome).toBe("imported");
  expect(result.summary).toEqual({ total: 100_000, imported: 100_000, unsourced: 100_000 });
  expect([...stages]).toEqual(["reading", "checking"]);
  const meta = {
    id: "imported-0000abcd",
    title: "large",
    fileName: largeFile.name,
    color: "#009e73",
    importedAt: 1,
    summary: result.summary,
  };
  const layer = prepareImported(meta, result.collection ?? { features: [] }, new Map());
  expect(layer.records).toHaveLength(100_000);
  expect(layer.collection.features[99_999]?.properties?.id).toBe("imported-0000abcd.99999");
}, 60_000);

test("one bad feature among 10,000: 9,999 imported, the bad one named", async () => {
  const { result, report } = await importBytes(oneBad.name, oneBadAmongMany());
  expect(result.summary).toMatchObject({ total: 10_000, imported: 9_999 });
  expect(report.errors).toEqual([
    `${oneBad.name}: feature #${oneBad.badIndex}: geometry.coordinates[1]: latitude is 95; expected -90 to 90 (GeoJSON order is [longitude, latitude]; is the pair swapped?)`,
  ]);
});

test("a 50,000-vertex ring is imported without the quadratic self-intersection check, which is said", async () => {
  const { result, report } = await importBytes("ring.geojson", hugeRing());
  expect(result.summary.imported).toBe(1);
  expect(report.warnings).toEqual([
    "ring.geojson: feature #0: geometry.coordinates: warning: has 50000 vertices; self-intersection was not checked above 5000",
  ]);
});

test("a line of 200,000 positions is imported", async () => {
  const { result } = await importBytes("line.geojson", hugeLine());
  expect(result.summary.imported).toBe(1);
});

test("properties nested 100,000 deep are refused with the depth and where it is exceeded", async () => {
  const { report } = await importBytes("deep.geojson", deeplyNestedProperties());
  expect(report.outcome).toBe("rejected");
  expect(report.errors).toEqual([
    expect.stringMatching(
      /^deep\.geojson: feature -: -: nesting is deeper than 512 levels; expected flatter data \(line 1, column \d+\)$/,
    ),
  ]);
});

test("deep nesting in a file too large for the full scan is refused too", async () => {
  const text = deeplyNestedLargeFile();
  expect(text.length).toBeGreaterThan(limits.duplicateKeyScanCharacters);
  const { report } = await importBytes("deep-large.geojson", text);
  expect(report.outcome).toBe("rejected");
  expect(report.errors[0]).toMatch(
    /nesting is deeper than 512 levels; expected flatter data \(line \d+, column \d+\)/,
  );
}, 30_000);

test("a key repeated in every one of 60,000 features: the text is read once, the first repeats named, the rest counted", async () => {
  const text = manyDuplicateKeys();
  expect(text.length).toBeLessThan(limits.duplicateKeyScanCharacters);
  const scan = scanJson(text, limits.duplicateKeysListed);
  // Work is bounded by the text, not by the number of repeats (a line and column per repeat from the start was
  // quadratic: minutes for a file like this one).
  expect(scan.charactersRead).toBe(text.length);
  expect(scan.duplicates).toHaveLength(limits.duplicateKeysListed);
  expect(scan.duplicatesNotListed).toBe(manyDuplicates.features - limits.duplicateKeysListed);
  expect(scan.duplicates[19]).toMatchObject({ line: 21, path: ["features", 19, "properties"], key: "title" });

  const { report } = await importBytes(manyDuplicates.name, text);
  // In an import a repeated key is a warning (the file is still drawn), listed like the shipped data's.
  expect(report.outcome).toBe("imported");
  const repeats = report.warnings.filter(
    (warning) => warning.includes("repeated key") || warning.includes('"title" appears'),
  );
  expect(repeats).toHaveLength(limits.duplicateKeysListed + 1);
  expect(repeats.at(-1)).toBe(
    `${manyDuplicates.name}: feature -: -: warning: and 59,980 more repeated keys after the first 20; expected each key once`,
  );
}, 60_000);
