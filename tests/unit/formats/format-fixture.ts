import { readFileSync } from "node:fs";
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
