import { expect, test } from "vitest";
import { LayerAssembler, layerMessages, recordsPerPart } from "../../../src/import/layer-transfer.ts";
import { prepareImported } from "../../../src/import/prepare-imported.ts";
import { oneBad, oneBadAmongMany } from "../../fixtures/import/generate.ts";
import { importBytes } from "./import-fixture.ts";

async function layerOfManyFeatures() {
  const { result } = await importBytes(oneBad.name, oneBadAmongMany());
  const meta = {
    id: "imported-00000001",
    title: "Many",
    fileName: oneBad.name,
    color: "#009e73",
    importedAt: 1,
    summary: result.summary,
  };
  return prepareImported(meta, result.collection ?? { features: [] }, new Map());
}

test("a layer crosses in parts: no part carries geometry, the last carries the map data as a Blob", async () => {
  const layer = await layerOfManyFeatures();
  const messages = [...layerMessages(layer)];
  expect(messages).toHaveLength(Math.ceil(9_999 / recordsPerPart) + 1);
  for (const message of messages.slice(0, -1)) {
    expect(message.type).toBe("layer-part");
    if (message.type === "layer-part")
      expect(message.features.every((feature) => feature.geometry === null)).toBe(true);
  }
  const end = messages.at(-1);
  expect(end?.type).toBe("layer-end");
  if (end?.type !== "layer-end") return;
  const mapData = JSON.parse(await end.mapData.text());
  expect(mapData).toEqual(layer.collection);
});

test("the page reassembles the layer, with its records and properties, and a blob: URL for MapLibre", async () => {
  const layer = await layerOfManyFeatures();
  const assembler = new LayerAssembler();
  for (const message of layerMessages(layer)) assembler.add(structuredClone(message));
  const [assembled] = assembler.layers;
  expect(assembled?.records).toEqual(layer.records);
  expect(assembled?.collection.features.map((feature) => feature.properties)).toEqual(
    layer.collection.features.map((feature) => feature.properties),
  );
  expect(assembled?.mapData).toMatch(/^blob:/);
  assembler.discard();
  expect(assembler.layers).toEqual([]);
});
