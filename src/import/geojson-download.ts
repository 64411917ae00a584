import type { Feature, FeatureCollection } from "geojson";
import { downloadBlob } from "../files/download.ts";
import { slugOf } from "../files/slug.ts";
import { bundledFileUrl } from "../state/bundled-files.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import { collectionBlob, featuresBlob } from "./export-features.ts";
import { runInWorker } from "./import-client.ts";
import type { ExportedPart } from "./worker-protocol.ts";

export function downloadName(title: string): string {
  return `${slugOf(title, 60) || "layer"}.geojson`;
}

/** Imported layers' features are read back from IndexedDB in the worker: the page never holds the raw files. */
async function importedParts(layers: readonly PreparedLayer[], tagLayers: boolean): Promise<ExportedPart[]> {
  if (layers.length === 0) return [];
  const request = {
    type: "export" as const,
    layers: layers.map(({ id, title }) => ({ id, title })),
    tagLayers,
  };
  const outcome = await runInWorker(request).outcome;
  if (outcome.type === "exported") return outcome.parts;
  throw new Error(outcome.type === "failed" ? outcome.message : "The download was cancelled");
}

/** A bundled layer's file in geojson/, byte for byte as it ships. */
async function bundledFile(layer: PreparedLayer): Promise<Response> {
  const url = layer.fileName ? bundledFileUrl(layer.fileName) : undefined;
  if (!url) throw new Error(`${layer.title}: its file is not part of this build`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${layer.fileName}: could not be loaded (HTTP ${response.status})`);
  return response;
}

async function bundledFeatures(layer: PreparedLayer): Promise<Feature[]> {
  return ((await (await bundledFile(layer)).json()) as FeatureCollection).features;
}

/** Each layer's features as the comma-separated body of a "features" array (see export-features.ts). */
export async function partsOf(layers: readonly PreparedLayer[], tagLayers: boolean): Promise<Blob[]> {
  const imported = await importedParts(
    layers.filter((layer) => layer.imported),
    tagLayers,
  );
  return Promise.all(
    layers.map(async (layer) => {
      if (layer.imported) return imported.find((part) => part.id === layer.id)?.features ?? new Blob([]);
      return featuresBlob(await bundledFeatures(layer), tagLayers ? layer.title : undefined);
    }),
  );
}

/**
 * One layer as a GeoJSON file: a shipped layer is its file in geojson/, the same bytes under the same name (a
 * reviewer can diff it against the repository); an imported layer is a FeatureCollection of its accepted features.
 */
export async function downloadLayer(layer: PreparedLayer): Promise<void> {
  if (!layer.imported && layer.fileName) {
    downloadBlob(await (await bundledFile(layer)).blob(), layer.fileName);
    return;
  }
  downloadBlob(collectionBlob(await partsOf([layer], false)), downloadName(layer.title));
}

/**
 * Every layer in one FeatureCollection; each feature's `layer` member names the layer it came from. The features
 * are written anew (compact JSON), not copied from the files.
 */
export async function downloadEverything(layers: readonly PreparedLayer[], today: string): Promise<void> {
  downloadBlob(collectionBlob(await partsOf(layers, true)), `all-layers-${today}.geojson`);
}
