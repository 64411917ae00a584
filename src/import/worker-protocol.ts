import type { Publication } from "../data/index.ts";
import type { CsvColumns } from "../formats/csv-columns.ts";
import type { CsvPreview } from "../formats/csv-table.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import type { ImportProgress } from "./check-file.ts";
import type { ImportReport } from "./import-report.ts";
import type { ImportedLayerMeta } from "./imported-layer.ts";
import type { LayerEnd, LayerPart } from "./layer-transfer.ts";

/** Messages to the import worker: one request per worker, which is then ended. */
export type WorkerRequest =
  | {
      type: "import";
      file: File;
      meta: Omit<ImportedLayerMeta, "summary">;
      publications: Publication[];
      /** A CSV's columns as the user confirmed them in the preview. */
      csvColumns?: CsvColumns;
    }
  | { type: "preview"; file: File }
  | {
      type: "restore";
      publications: Publication[];
      /** Layers removed by the user whose deletion may not have finished: deleted now, not restored. */
      removed: string[];
    }
  | { type: "export"; layers: Array<{ id: string; title: string }>; tagLayers: boolean };

export type ExportedPart = { id: string; features: Blob; count: number };

type Imported = {
  type: "imported";
  /** One per layer the file gave (a KML folder, a CSV's tracks and positions); the first has the request's id. */
  metas: ImportedLayerMeta[];
  report: ImportReport;
  /** Why the layer will not survive a reload, when the browser would not store it. */
  storageProblem?: string;
};
type Restored = { type: "restored"; metas: ImportedLayerMeta[]; problems: string[] };

/** The answer that ends a request. */
export type WorkerFinal =
  | Imported
  | Restored
  | { type: "rejected"; report: ImportReport }
  | { type: "exported"; parts: ExportedPart[] }
  | { type: "preview"; preview: CsvPreview | { refused: string } }
  | { type: "failed"; message: string };

/** Messages from the worker: progress and layer parts, then exactly one final answer. */
export type WorkerResponse =
  | { type: "progress"; progress: ImportProgress }
  | LayerPart
  | LayerEnd
  | WorkerFinal;

/** What a request comes to on the page: the final answer with the layers it carried, or a cancellation. */
export type WorkerOutcome =
  | (Imported & { layers: PreparedLayer[] })
  | (Restored & { layers: PreparedLayer[] })
  | Exclude<WorkerFinal, Imported | Restored>
  | { type: "cancelled" };
