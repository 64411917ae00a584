import { lazy, Suspense, useMemo, useState } from "react";
import { limits } from "../data/limits.ts";
import { megabytes } from "../files/megabytes.ts";
import { acceptedFiles } from "../formats/file-format.ts";
import type { DownloadFormat } from "../import/format-download.ts";
import type { ImportedLayers, ImportJobView } from "../import/use-imported-layers.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import { layerSwatch } from "../symbology/swatch.ts";
import { GeojsonExport } from "./GeojsonExport.tsx";
import { ImportReports } from "./ImportReports.tsx";
import "./import-panel.css";

// The column preview shows only once a CSV file is chosen: its code loads then.
const CsvColumnsDialog = lazy(() =>
  import("./CsvColumnsDialog.tsx").then((module) => ({ default: module.CsvColumnsDialog })),
);

const stageText = {
  reading: "Reading",
  checking: "Checking features",
  preparing: "Preparing the layer",
  saving: "Saving for the next visit",
} as const;

function JobRow({
  job,
  drawn,
  onCancel,
}: {
  job: ImportJobView;
  /** Drawn on the map from its raw bytes while it is checked. */
  drawn: boolean;
  onCancel: () => void;
}) {
  const progress = job.progress;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <li className="import-job">
      <span className="import-file">{job.fileName}</span>
      <progress
        max={100}
        value={percent ?? undefined}
        aria-label={`Importing ${job.fileName}`}
        data-testid="import-progress"
      />
      <span className="muted" data-testid="import-stage">
        {progress ? `${stageText[progress.stage]}${percent === null ? "" : ` ${percent}%`}` : "Waiting"} ·{" "}
        {megabytes(job.size)}
        {drawn && " · drawn on the map, dashed, until its check passes"}
      </span>
      <button type="button" onClick={onCancel} aria-label={`Cancel importing ${job.fileName}`}>
        Cancel
      </button>
    </li>
  );
}

function ImportedLayerList({
  layers,
  onRemove,
  onDownload,
  onDownloadAs,
}: {
  layers: PreparedLayer[];
  onRemove: (id: string) => void;
  onDownload: (layer: PreparedLayer) => Promise<void>;
  onDownloadAs: (layer: PreparedLayer, format: DownloadFormat) => Promise<void>;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const unsourcedCounts = useMemo(
    () =>
      new Map(layers.map((layer) => [layer.id, layer.records.filter((record) => record.unsourced).length])),
    [layers],
  );
  if (layers.length === 0) return null;
  return (
    <>
      <ul className="imported-layers" aria-label="Imported layers">
        {layers.map((layer) => {
          const unsourced = unsourcedCounts.get(layer.id) ?? 0;
          return (
            <li key={layer.id} data-testid={`imported-${layer.id}`}>
              <span
                className="swatch"
                style={{ background: layerSwatch(layer.color, unsourced, layer.records.length) }}
                aria-hidden="true"
              />
              <span className="layer-title">{layer.title}</span>
              <span className="muted">{layer.records.length.toLocaleString("en-GB")} features</span>
              {unsourced > 0 && (
                <span
                  className="unsourced-note"
                  title="These features cite no publication in the project's list"
                >
                  ⚠ {unsourced.toLocaleString("en-GB")} unsourced
                </span>
              )}
              <span className="button-row">
                <button
                  type="button"
                  aria-label={`Download ${layer.title} as GeoJSON`}
                  onClick={() => onDownload(layer).catch((error: unknown) => setProblem(String(error)))}
                >
                  Download
                </button>
                {(["kml", "csv"] as const).map((format) => (
                  <button
                    key={format}
                    type="button"
                    aria-label={`Download ${layer.title} as ${format.toUpperCase()}`}
                    onClick={() =>
                      onDownloadAs(layer, format).catch((error: unknown) => setProblem(String(error)))
                    }
                  >
                    {format.toUpperCase()}
                  </button>
                ))}
                <button type="button" aria-label={`Remove ${layer.title}`} onClick={() => onRemove(layer.id)}>
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {problem && <p role="alert">The download failed: {problem}</p>}
    </>
  );
}

type Props = { imports: ImportedLayers; layers: PreparedLayer[]; today: string };

/** Bring your own data: import GeoJSON, KML, KMZ, GPX or CSV files, see what became of them, remove them, download any layer. */
export function ImportPanel({ imports, layers, today }: Props) {
  const imported = useMemo(() => layers.filter((layer) => layer.imported), [layers]);
  return (
    <section className="panel-section import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Your data</h2>
      <label className="import-picker">
        Import GeoJSON, KML, GPX or CSV
        <input
          type="file"
          multiple
          accept={acceptedFiles}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared so that choosing the same file again imports it again.
            event.currentTarget.value = "";
            if (files.length > 0) imports.importFiles(files);
          }}
        />
      </label>
      <p className="muted">
        Or drop .geojson, .json, .kml, .kmz, .gpx or .csv files on the map; up to{" "}
        {megabytes(limits.userFileBytes)} each. Features that cite no publication in the project's list are
        imported as unsourced and drawn grey.
      </p>
      {imports.jobs.length > 0 && (
        <ul className="import-jobs" aria-live="polite">
          {imports.jobs.map((job) => (
            <JobRow
              key={job.id}
              job={job}
              drawn={imports.provisional.some((layer) => layer.id === job.id)}
              onCancel={() => imports.cancel(job.id)}
            />
          ))}
        </ul>
      )}
      {imports.pendingCsv[0] && (
        <Suspense fallback={null}>
          <CsvColumnsDialog
            key={imports.pendingCsv[0].id}
            pending={imports.pendingCsv[0]}
            onImport={(columns) => imports.confirmCsv(imports.pendingCsv[0]?.id ?? "", columns)}
            onCancel={() => imports.cancelCsv(imports.pendingCsv[0]?.id ?? "")}
          />
        </Suspense>
      )}
      <ImportReports reports={imports.reports} onDismiss={imports.clearReports} />
      {imports.notices.length > 0 && (
        <ul className="import-notices" role="status">
          {imports.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      <ImportedLayerList
        layers={imported}
        onRemove={imports.remove}
        onDownload={imports.downloadLayer}
        onDownloadAs={(layer, format) => imports.downloadAs([layer], format, today)}
      />
      <GeojsonExport
        layers={layers}
        today={today}
        downloadLayer={imports.downloadLayer}
        downloadEverything={imports.downloadEverything}
        downloadAs={imports.downloadAs}
      />
    </section>
  );
}
