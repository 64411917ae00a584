import { expect, test } from "vitest";
import { crc32 } from "../../../src/files/crc32.ts";
import { featureCollectionBlob, jsonItemsBlob } from "../../../src/files/json-blob.ts";
import { slugOf } from "../../../src/files/slug.ts";

test("crc32 gives the standard check value", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
});

test("a slug keeps letters and digits, folds accents and joins the rest with single hyphens", () => {
  expect(slugOf("Ünïcode → arrows, 2022–2025")).toBe("unicode-arrows-2022-2025");
  expect(slugOf("  --Rajin (Najin) port--  ")).toBe("rajin-najin-port");
  expect(slugOf("한국어")).toBe("");
  expect(slugOf("a long title that goes on", 9)).toBe("a-long-ti");
  expect(slugOf("ends in a space ", 8)).toBe("ends-in");
});

test("items written in chunks make one JSON array body, and parts one FeatureCollection", async () => {
  const items = Array.from({ length: 2500 }, (_, index) => ({ index }));
  const text = await featureCollectionBlob([
    jsonItemsBlob(items),
    new Blob([]),
    jsonItemsBlob([{ index: -1 }]),
  ]).text();
  const parsed = JSON.parse(text) as { type: string; features: Array<{ index: number }> };
  expect(parsed.type).toBe("FeatureCollection");
  expect(parsed.features).toHaveLength(2501);
  expect(parsed.features[2499]).toEqual({ index: 2499 });
  expect(parsed.features[2500]).toEqual({ index: -1 });
});
