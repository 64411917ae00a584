import { useState } from "react";
import type { DownloadFormat } from "../import/format-download.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";

/** Any layer, or all of them, as a GeoJSON file; as KML or CSV with the sourcing. */
type Props = {
  layers: PreparedLayer[];
  today: string;
  downloadLayer: (layer: PreparedLayer) => Promise<void>;
  downloadEverything: (layers: readonly PreparedLayer[], dateStamp: string) => Promise<void>;
  downloadAs: (layers: readonly PreparedLayer[], format: DownloadFormat, dateStamp: string) => Promise<void>;
};

export function GeojsonExport({ layers, today, downloadLayer, downloadEverything, downloadAs }: Props) {
  const [chosen, setChosen] = useState("");
  const [status, setStatus] = useState<{ working: boolean; problem?: string }>({ working: false });
  const layer = layers.find((candidate) => candidate.id === chosen) ?? layers[0];

  const run = (download: () => Promise<void>) => {
    setStatus({ working: true });
    download().then(
      () => setStatus({ working: false }),
      (error: unknown) =>
        setStatus({
          working: false,
          problem: `The download failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
  };

  return (
    <div className="geojson-export">
      <label>
        Layer to download
        <select value={layer?.id ?? ""} onChange={(event) => setChosen(event.currentTarget.value)}>
          {layers.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button
          type="button"
          disabled={!layer || status.working}
          onClick={() => layer && run(() => downloadLayer(layer))}
        >
          Download layer
        </button>
        <button
          type="button"
          disabled={layers.length === 0 || status.working}
          onClick={() => run(() => downloadEverything(layers, today))}
        >
          Download all as GeoJSON
        </button>
      </div>
      <div className="button-row">
        {(["kml", "csv"] as const).map((format) => (
          <button
            key={format}
            type="button"
            disabled={!layer || status.working}
            onClick={() => layer && run(() => downloadAs([layer], format, today))}
          >
            Layer as {format.toUpperCase()}
          </button>
        ))}
        <button
          type="button"
          disabled={layers.length === 0 || status.working}
          onClick={() => run(() => downloadAs(layers, "kml", today))}
        >
          All as KML
        </button>
      </div>
      <p className="muted">
        A shipped layer downloads as its file in <code>geojson/</code>, byte for byte. “All” writes every
        feature anew into one file, each with a <code>layer</code> member naming its layer. KML (Google Earth)
        and CSV (Excel) keep each feature's claim, status, confidence, claimants and publications.
      </p>
      {status.problem && <p role="alert">{status.problem}</p>}
    </div>
  );
}
