import { readFileSync } from "node:fs";
import type { Publication } from "../../../src/data/index.ts";
import { type CheckFileOptions, checkFile } from "../../../src/import/check-file.ts";
import { type ImportReport, reportOf } from "../../../src/import/import-report.ts";

/** A fixed "today", so that date rules do not depend on when the tests run. */
export const today = "2025-06-01";

/** The project's own publications: the corpus cites one of them to count as sourced. */
export function projectPublications(): Publication[] {
  return (JSON.parse(readFileSync("geojson/publications.json", "utf8")) as { publications: Publication[] })
    .publications;
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(`tests/fixtures/import/${name}`);
}

/** Runs the import's checks on a file as the worker does, and the report the panel would show. */
export async function importBytes(
  name: string,
  bytes: Uint8Array | string,
  options: Partial<CheckFileOptions> = {},
): Promise<{ report: ImportReport; result: Awaited<ReturnType<typeof checkFile>> }> {
  const result = await checkFile(
    new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]),
    name,
    {
      publications: projectPublications(),
      today,
      ...options,
    },
  );
  const accepted = result.collection !== null && result.collection.features.length > 0;
  return { result, report: reportOf(name, result, accepted ? "imported" : "rejected") };
}
