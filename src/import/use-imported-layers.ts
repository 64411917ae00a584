import { useCallback, useEffect, useRef, useState } from "react";
import type { Publication } from "../data/index.ts";
// Not from the index: that would bring every schema (and zod) into the page's first load.
import { limits } from "../data/limits.ts";
import type { CsvColumns } from "../formats/csv-columns.ts";
import type { CsvPreview } from "../formats/csv-table.ts";
import { formatOf } from "../formats/file-format.ts";
import type { BundledLayers } from "../state/load-bundled.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import type { ProvisionalLayer } from "../state/provisional-layer.ts";
import type { ImportProgress } from "./check-file.ts";
import type { DownloadFormat } from "./format-download.ts";
import { runInWorker, type WorkerJob } from "./import-client.ts";
import { failureReport, type ImportReport } from "./import-report.ts";
import { nextImportedColour } from "./imported-colours.ts";
import type { ImportedLayerMeta } from "./imported-layer.ts";
import { deleteImported, deleteImportedFile, nothingStored } from "./imported-store.ts";
import { importedTitle, newImportedId } from "./imported-title.ts";
import { forgetRemoved, markRemoved, removedIds } from "./removed-layers.ts";
import type { WorkerOutcome } from "./worker-protocol.ts";

export type ImportJobView = {
  id: string;
  fileName: string;
  size: number;
  progress: ImportProgress | null;
};

/** A CSV waiting for the user to confirm its columns before it is imported. */
export type PendingCsv = { id: string; fileName: string; preview: CsvPreview };

export type ImportedLayers = {
  layers: PreparedLayer[];
  /** GeoJSON files drawn as they are while their check runs (see ProvisionalLayer). */
  provisional: ProvisionalLayer[];
  /** Files waiting or being imported, the first one running. */
  jobs: ImportJobView[];
  /** One per file since the panel was last cleared. */
  reports: ImportReport[];
  /** Storage and restore problems: the layers work, but may not survive a reload. */
  notices: string[];
  importFiles: (files: readonly File[]) => void;
  /** CSV files whose columns the user is asked to confirm, the first one shown. */
  pendingCsv: PendingCsv[];
  confirmCsv: (id: string, columns: CsvColumns) => void;
  cancelCsv: (id: string) => void;
  /** Any layer (bundled or imported) as a GeoJSON file; "all" as one file. */
  downloadLayer: (layer: PreparedLayer) => Promise<void>;
  downloadEverything: (layers: readonly PreparedLayer[], dateStamp: string) => Promise<void>;
  /** Layers as KML or CSV with their sourcing; "all" as one file. */
  downloadAs: (layers: readonly PreparedLayer[], format: DownloadFormat, dateStamp: string) => Promise<void>;
  cancel: (jobId: string) => void;
  remove: (layerId: string) => void;
  clearReports: () => void;
};

const noPublications: Publication[] = [];

/** Null while the bundled data loads; without it (it failed), every imported feature is unsourced. */
function publicationsOf(bundled: BundledLayers): readonly Publication[] | null {
  if (bundled.status === "loading") return null;
  return bundled.status === "loaded" ? bundled.publications : noPublications;
}

type QueuedJob = { meta: Omit<ImportedLayerMeta, "summary">; file: File; csvColumns?: CsvColumns };

/** Only GeoJSON is drawn before its check (MapLibre reads no other format), and only up to a size (see limits). */
function drawnWhileChecked(file: File): boolean {
  return formatOf(file.name) === "geojson" && file.size > 0 && file.size <= limits.provisionalDrawBytes;
}

const takenOffTheMap = "Nothing of it is left on the map.";

// The GeoJSON writer loads on the first download: the page's first load does without it.
const downloadLayer = async (layer: PreparedLayer): Promise<void> =>
  (await import("./geojson-download.ts")).downloadLayer(layer);
const downloadEverything = async (layers: readonly PreparedLayer[], dateStamp: string): Promise<void> =>
  (await import("./geojson-download.ts")).downloadEverything(layers, dateStamp);

/**
 * The user's imported layers: restored from IndexedDB once the project's publications are known, then one file
 * at a time through the import worker. Failures become reports; nothing here throws into React. `onImported`
 * hears of the layers of each file imported now (restored layers keep whatever the link said of them).
 */
export function useImportedLayers(
  bundled: BundledLayers,
  onImported: (layerIds: readonly string[]) => void,
): ImportedLayers {
  const publications = publicationsOf(bundled);
  const [layers, setLayers] = useState<PreparedLayer[]>([]);
  const [provisional, setProvisional] = useState<ProvisionalLayer[]>([]);
  const [jobs, setJobs] = useState<ImportJobView[]>([]);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [pendingCsv, setPendingCsv] = useState<PendingCsv[]>([]);
  const csvFiles = useRef(new Map<string, File>());
  const queue = useRef<QueuedJob[]>([]);
  const running = useRef<{ id: string; job: WorkerJob } | null>(null);
  // Read by callbacks that outlive a render (the worker's answers, a queued import): kept current after each.
  const layersRef = useRef(layers);
  const publicationsRef = useRef(publications);
  useEffect(() => {
    layersRef.current = layers;
    publicationsRef.current = publications;
  });

  const addLayers = useCallback((added: PreparedLayer[]) => {
    setLayers((current) => {
      const known = new Set(current.map((layer) => layer.id));
      const fresh = added.filter((layer) => !known.has(layer.id));
      return [...current, ...fresh].sort((a, b) => a.order - b.order);
    });
  }, []);

  const settle = useCallback(
    (queued: QueuedJob, outcome: WorkerOutcome, drawn: ProvisionalLayer | null) => {
      const { fileName } = queued.meta;
      if (drawn) {
        setProvisional((current) => current.filter((layer) => layer !== drawn));
        // MapLibre's worker has read the file by now, or is told to stop reading it (the layer leaves the map).
        setTimeout(() => URL.revokeObjectURL(drawn.mapData), 0);
      }
      const taken = (report: ImportReport): ImportReport =>
        drawn ? { ...report, headline: `${report.headline} ${takenOffTheMap}` } : report;
      if (outcome.type === "imported") {
        addLayers(outcome.layers);
        onImported(outcome.layers.map((layer) => layer.id));
        setReports((current) => [...current, outcome.report]);
        const { storageProblem } = outcome;
        if (storageProblem) setNotices((current) => [...current, storageProblem]);
      } else if (outcome.type === "rejected") {
        setReports((current) => [...current, taken(outcome.report)]);
      } else if (outcome.type === "cancelled" || outcome.type === "failed") {
        const text = outcome.type === "failed" ? `${fileName}: ${outcome.message}` : "";
        setReports((current) => [...current, taken(failureReport(fileName, outcome.type, text))]);
        // The worker may have saved the file's layers just before it was ended.
        deleteImportedFile(queued.meta).catch(() => {});
      }
    },
    [addLayers, onImported],
  );

  const pump = useCallback(() => {
    const known = publicationsRef.current;
    if (running.current || known === null) return;
    const next = queue.current.shift();
    if (!next) return;
    const updateProgress = (progress: ImportProgress) =>
      setJobs((current) => current.map((job) => (job.id === next.meta.id ? { ...job, progress } : job)));
    const job = runInWorker(
      {
        type: "import",
        file: next.file,
        meta: next.meta,
        publications: [...known],
        ...(next.csvColumns ? { csvColumns: next.csvColumns } : {}),
      },
      updateProgress,
    );
    running.current = { id: next.meta.id, job };
    // Show first, check alongside: MapLibre draws the file while the worker checks it.
    const drawn: ProvisionalLayer | null = drawnWhileChecked(next.file)
      ? {
          id: next.meta.id,
          color: next.meta.color,
          fileName: next.meta.fileName,
          mapData: URL.createObjectURL(next.file),
          size: next.file.size,
        }
      : null;
    if (drawn) setProvisional((current) => [...current, drawn]);
    job.outcome.then((outcome) => {
      running.current = null;
      setJobs((current) => current.filter((item) => item.id !== next.meta.id));
      settle(next, outcome, drawn);
      pump();
    });
  }, [settle]);

  const enqueue = useCallback(
    (files: ReadonlyArray<{ file: File; csvColumns?: CsvColumns }>) => {
      const taken = [
        ...layersRef.current.map((layer) => layer.title),
        ...queue.current.map((queued) => queued.meta.title),
      ];
      const colours = [
        ...layersRef.current.map((layer) => layer.color),
        ...queue.current.map((queued) => queued.meta.color),
      ];
      const now = Date.now();
      const added: QueuedJob[] = files.map(({ file, csvColumns }, index) => {
        const title = importedTitle(file.name, taken);
        const color = nextImportedColour(colours);
        taken.push(title);
        colours.push(color);
        return {
          file,
          meta: { id: newImportedId(), title, fileName: file.name, color, importedAt: now + index },
          ...(csvColumns ? { csvColumns } : {}),
        };
      });
      queue.current.push(...added);
      setJobs((current) => [
        ...current,
        ...added.map(({ meta, file }) => ({
          id: meta.id,
          fileName: meta.fileName,
          size: file.size,
          progress: null,
        })),
      ]);
      pump();
    },
    [pump],
  );

  /** A CSV's first rows and guessed columns, read in the worker, for the user to confirm. */
  const previewCsv = useCallback((file: File) => {
    runInWorker({ type: "preview", file }).outcome.then((outcome) => {
      if (outcome.type === "preview" && !("refused" in outcome.preview)) {
        const id = newImportedId();
        csvFiles.current.set(id, file);
        setPendingCsv((current) => [
          ...current,
          { id, fileName: file.name, preview: outcome.preview as CsvPreview },
        ]);
        return;
      }
      const why =
        outcome.type === "preview" && "refused" in outcome.preview
          ? outcome.preview.refused
          : outcome.type === "failed"
            ? outcome.message
            : "it could not be read";
      setReports((current) => [...current, failureReport(file.name, "failed", `${file.name}: ${why}`)]);
    });
  }, []);

  const importFiles = useCallback(
    (files: readonly File[]) => {
      for (const file of files) if (formatOf(file.name) === "csv") previewCsv(file);
      const others = files.filter((file) => formatOf(file.name) !== "csv");
      if (others.length > 0) enqueue(others.map((file) => ({ file })));
    },
    [enqueue, previewCsv],
  );

  const confirmCsv = useCallback(
    (id: string, csvColumns: CsvColumns) => {
      const file = csvFiles.current.get(id);
      csvFiles.current.delete(id);
      setPendingCsv((current) => current.filter((pending) => pending.id !== id));
      if (file) enqueue([{ file, csvColumns }]);
    },
    [enqueue],
  );

  const cancelCsv = useCallback((id: string) => {
    const file = csvFiles.current.get(id);
    csvFiles.current.delete(id);
    setPendingCsv((current) => current.filter((pending) => pending.id !== id));
    if (file) setReports((current) => [...current, failureReport(file.name, "cancelled", "")]);
  }, []);

  const cancel = useCallback((jobId: string) => {
    if (running.current?.id === jobId) {
      running.current.job.cancel();
      return;
    }
    const waiting = queue.current.find((queued) => queued.meta.id === jobId);
    queue.current = queue.current.filter((queued) => queued.meta.id !== jobId);
    setJobs((current) => current.filter((job) => job.id !== jobId));
    if (waiting) setReports((current) => [...current, failureReport(waiting.meta.fileName, "cancelled", "")]);
  }, []);

  const remove = useCallback((layerId: string) => {
    const removed = layersRef.current.find((layer) => layer.id === layerId);
    if (removed?.mapData) URL.revokeObjectURL(removed.mapData);
    setLayers((current) => current.filter((layer) => layer.id !== layerId));
    markRemoved(layerId);
    deleteImported(layerId).then(
      () => forgetRemoved([layerId]),
      (error: unknown) =>
        setNotices((current) => [...current, `The layer may come back after a reload: ${String(error)}`]),
    );
  }, []);

  const clearReports = useCallback(() => setReports([]), []);

  const downloadIn = useCallback(
    // The KML and CSV writers load on the first such download: the page's first load does without them.
    async (chosen: readonly PreparedLayer[], format: DownloadFormat, dateStamp: string) => {
      const { downloadAs } = await import("./format-download.ts");
      return downloadAs(chosen, format, publicationsRef.current ?? noPublications, dateStamp);
    },
    [],
  );

  // Restore once the publications are known (imported features resolve their citations against them).
  const restoring = useRef(false);
  useEffect(() => {
    if (publications === null || restoring.current) return;
    restoring.current = true;
    const removed = removedIds();
    const restore = () =>
      runInWorker({ type: "restore", publications: [...publications], removed }).outcome.then((outcome) => {
        if (outcome.type === "restored") {
          forgetRemoved(removed);
          addLayers(outcome.layers);
          if (outcome.problems.length > 0) setNotices((current) => [...current, ...outcome.problems]);
        } else if (outcome.type === "failed") {
          setNotices((current) => [...current, `Imported layers could not be restored: ${outcome.message}`]);
        }
        pump();
      });
    // The worker (and its ~45 KB of schema code) starts only when there is something to restore.
    void nothingStored().then((empty) => {
      if (!empty) return restore();
      forgetRemoved(removed);
      pump();
    });
  }, [publications, addLayers, pump]);

  return {
    layers,
    provisional,
    jobs,
    reports,
    notices,
    importFiles,
    pendingCsv,
    confirmCsv,
    cancelCsv,
    downloadLayer,
    downloadEverything,
    downloadAs: downloadIn,
    cancel,
    remove,
    clearReports,
  };
}
