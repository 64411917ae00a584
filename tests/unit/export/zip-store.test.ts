import { expect, test } from "vitest";
import { zipStored } from "../../../src/export/zip-store.ts";
import { crc32 } from "../../../src/files/crc32.ts";
import { readStoredZip } from "../../support/stored-zip.ts";

const encoder = new TextEncoder();

function readArchive(bytes: Uint8Array): Array<{ name: string; data: string; crc: number }> {
  return readStoredZip(bytes).map((entry) => ({ ...entry, data: new TextDecoder().decode(entry.data) }));
}

test("an archive holds its entries in order, stored with their CRC-32", () => {
  const archive = zipStored(
    [
      { name: "01-first.png", data: encoder.encode("first") },
      { name: "02-second-ü.png", data: encoder.encode("second picture") },
    ],
    new Date(2026, 10, 24, 16, 30),
  );
  expect(readArchive(archive)).toEqual([
    { name: "01-first.png", data: "first", crc: crc32(encoder.encode("first")) },
    { name: "02-second-ü.png", data: "second picture", crc: crc32(encoder.encode("second picture")) },
  ]);
});
