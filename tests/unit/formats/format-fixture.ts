import { readFileSync } from "node:fs";
import type { Publication } from "../../../src/data/index.ts";
import type { ExportFeature } from "../../../src/formats/export-layer.ts";
import type { CheckFileOptions } from "../../../src/import/check-file.ts";
import { importBytes } from "../import/import-fixture.ts";

export function formatFixture(name: string): Uint8Array {
  return readFileSync(`tests/fixtures/formats/${name}`);
}

/** A file of tests/fixtures/formats/ through the worker's check, as the import runs it. */
export function importFormatFixture(name: string, options: Partial<CheckFileOptions> = {}) {
  return importBytes(name, formatFixture(name), options);
}

export function propertiesOf(result: Awaited<ReturnType<typeof importBytes>>["result"]) {
  return result.layers.map((layer) => ({
    name: layer.name,
    features: layer.features.map((feature) => ({
      type: feature.geometry.type,
      properties: feature.properties,
    })),
  }));
}

/** One publication with characters to escape, for the writers' tests. */
export const samplePublication = {
  id: "example-report",
  publisher: "Example Institute",
  title: "Trains & ships <analysis>",
  title_is_description: true,
  published: "2024-02-01",
  url: "https://example.org/report?a=1&b=2",
} as unknown as Publication;

export const samplePublications = new Map([[samplePublication.id, samplePublication]]);

/** A sourced line whose text holds what CSV, XML and HTML must escape, citing one known and one unknown publication. */
export const crossing: ExportFeature = {
  geometry: {
    type: "LineString",
    coordinates: [
      [130.6, 42.4],
      [130.65, 42.43],
    ],
  },
  properties: {
    id: "crossing",
    title: "Trains cross, again <script>alert(1)</script>",
    claim: 'He said "trains" ]]> and\nships',
    status: "alleged",
    confidence: "moderate",
    period: { start: "2022-11", end: "2023-03-01" },
    citations: [
      { publication: "example-report", claimant: "US government" },
      { publication: "missing", claimant: "US government" },
    ],
    geometry_precision: "schematic",
  },
};
