/*
 * The import's Web Worker: reading, parsing and checking a file of tens of megabytes takes seconds, which the
 * page must not spend. It also prepares the layer for the map and saves it, so the main thread only receives the
 * finished layer. Built by Vite as a same-origin file (allowed by the policy's `worker-src 'self'`).
 */
import type { Publication } from "../data/index.ts";
import { previewCsvBytes } from "../formats/read-file.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import { type CheckedLayer, checkFile, type ImportProgress } from "./check-file.ts";
import { featuresBlob } from "./export-features.ts";
import { reportOf } from "./import-report.ts";
import { nextImportedColour } from "./imported-colours.ts";
import type { ImportedLayerMeta } from "./imported-layer.ts";
import {
  deleteImported,
  listImported,
  loadFeatures,
  openDatabase,
  saveImportedIn,
} from "./imported-store.ts";
import { newImportedId } from "./imported-title.ts";
import { layerMessages } from "./layer-transfer.ts";
import { prepareImported } from "./prepare-imported.ts";
import type { ExportedPart, WorkerFinal, WorkerRequest, WorkerResponse } from "./worker-protocol.ts";

type WorkerScope = {
  postMessage: (message: WorkerResponse) => void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
const scope = self as unknown as WorkerScope;

/** Progress at most every 100 ms (and at each new stage): enough for a smooth bar, few messages. */
function progressReporter(): (progress: ImportProgress) => void {
  let lastStage = "";
  let lastTime = 0;
  return (progress) => {
    const now = performance.now();
    if (progress.stage === lastStage && now - lastTime < 100 && progress.done < progress.total) return;
    lastStage = progress.stage;
    lastTime = now;
    scope.postMessage({ type: "progress", progress });
  };
}

function publicationMap(publications: Publication[]): ReadonlyMap<string, Publication> {
  return new Map(publications.map((publication) => [publication.id, publication]));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sendLayer(layer: PreparedLayer): void {
  for (const message of layerMessages(layer)) scope.postMessage(message);
}

/** The first layer takes the request's id and colour; a file of several layers (KML folders) adds its own. */
function metasOf(
  base: Omit<ImportedLayerMeta, "summary">,
  layers: readonly CheckedLayer[],
): ImportedLayerMeta[] {
  const colours = [base.color];
  return layers.map((layer, index) => {
    const color = index === 0 ? base.color : nextImportedColour(colours);
    colours.push(color);
    const unsourced = layer.features.filter((feature) => feature.properties.unsourced).length;
    return {
      ...base,
      // Within the first layer's millisecond: listed after it, and found with it (deleteImportedFile).
      ...(index === 0
        ? {}
        : { id: newImportedId(), color, importedAt: base.importedAt + index / layers.length }),
      title: layer.name === null ? base.title : `${base.title} · ${layer.name}`.slice(0, 200),
      summary: { total: layer.features.length, imported: layer.features.length, unsourced },
    };
  });
}

/** The database opened while the file is read and checked, or why it could not be. */
type OpenedDatabase = { database: IDBDatabase } | { problem: string };

function saved(opened: OpenedDatabase, meta: ImportedLayerMeta, features: CheckedLayer["features"]) {
  if ("problem" in opened) return Promise.resolve(opened.problem);
  return saveImportedIn(opened.database, meta, features).then(
    () => null,
    (error: unknown) => message(error),
  );
}

async function importFile(request: Extract<WorkerRequest, { type: "import" }>): Promise<WorkerFinal> {
  const report = progressReporter();
  const { file, publications } = request;
  const opening: Promise<OpenedDatabase> = openDatabase().then(
    (database) => ({ database }),
    (error: unknown) => ({ problem: message(error) }),
  );
  try {
    const result = await checkFile(file, request.meta.fileName, {
      publications,
      onProgress: report,
      ...(request.csvColumns ? { csvColumns: request.csvColumns } : {}),
    });
    if (!result.collection || result.layers.length === 0) {
      return { type: "rejected", report: reportOf(request.meta.fileName, result, "rejected") };
    }
    const metas = metasOf(request.meta, result.layers);
    const known = publicationMap(publications);
    const total = result.collection.features.length;
    const storageProblems: string[] = [];
    for (const [index, meta] of metas.entries()) {
      const { features } = result.layers[index] as CheckedLayer;
      report({ stage: "preparing", done: 0, total });
      const layer = prepareImported(meta, { features }, known);
      report({ stage: "saving", done: 0, total });
      // The features are copied into the transaction first; the browser writes them while the layer is sent.
      const saving = saved(await opening, meta, features);
      sendLayer(layer);
      const problem = await saving;
      if (problem) storageProblems.push(`${meta.title} will not survive a reload: ${problem}`);
    }
    return {
      type: "imported",
      metas,
      report: reportOf(request.meta.fileName, result, "imported"),
      ...(storageProblems.length > 0 ? { storageProblem: storageProblems.join(" ") } : {}),
    };
  } finally {
    const opened = await opening;
    if ("database" in opened) opened.database.close();
  }
}

async function preview(file: File): Promise<WorkerFinal> {
  const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  return { type: "preview", preview: previewCsvBytes(head) };
}

async function restore(publications: Publication[], removed: readonly string[]): Promise<WorkerFinal> {
  for (const id of removed) await deleteImported(id);
  const metas = (await listImported()).filter((meta) => !removed.includes(meta.id));
  const known = publicationMap(publications);
  const problems: string[] = [];
  const restored: ImportedLayerMeta[] = [];
  for (const meta of metas) {
    try {
      const features = await loadFeatures(meta.id);
      if (!features) throw new Error("its features are missing from the local database");
      sendLayer(prepareImported(meta, { features }, known));
      restored.push(meta);
    } catch (error) {
      problems.push(`${meta.title} (${meta.fileName}) could not be restored: ${message(error)}`);
    }
  }
  return { type: "restored", metas: restored, problems };
}

async function exportLayers(request: Extract<WorkerRequest, { type: "export" }>): Promise<WorkerFinal> {
  const parts: ExportedPart[] = [];
  for (const layer of request.layers) {
    const features = (await loadFeatures(layer.id)) ?? [];
    parts.push({
      id: layer.id,
      features: featuresBlob(features, request.tagLayers ? layer.title : undefined),
      count: features.length,
    });
  }
  return { type: "exported", parts };
}

function run(request: WorkerRequest): Promise<WorkerFinal> {
  switch (request.type) {
    case "import":
      return importFile(request);
    case "restore":
      return restore(request.publications, request.removed);
    case "export":
      return exportLayers(request);
    case "preview":
      return preview(request.file);
  }
}

scope.onmessage = (event) => {
  run(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) => scope.postMessage({ type: "failed", message: message(error) }),
  );
};
