import { useState } from "react";
import type { ArchiveView, TileLayers } from "./use-tile-layers.ts";
import "./tiles-panel.css";
import { type GeometryKind, geometryKinds, geometryKindText } from "./tile-layers.ts";

function ArchiveRow({ archive, tiles }: { archive: ArchiveView; tiles: TileLayers }) {
  const [sourceLayer, setSourceLayer] = useState(archive.opened.vectorLayers[0]?.id ?? "");
  const [geometry, setGeometry] = useState<GeometryKind>("points");
  return (
    <li className="tile-archive" data-testid={`archive-${archive.id}`}>
      <div className="tile-archive-name">
        <strong>{archive.name}</strong>
        <button
          type="button"
          aria-label={`Close ${archive.name}`}
          onClick={() => tiles.closeArchive(archive.id)}
        >
          Close
        </button>
      </div>
      <div className="tile-choice">
        <label>
          Source layer
          <select value={sourceLayer} onChange={(event) => setSourceLayer(event.currentTarget.value)}>
            {archive.opened.vectorLayers.map((layer) => (
              <option key={layer.id} value={layer.id}>
                {layer.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          Geometry
          <select
            value={geometry}
            onChange={(event) => setGeometry(event.currentTarget.value as GeometryKind)}
          >
            {geometryKinds.map((kind) => (
              <option key={kind} value={kind}>
                {geometryKindText[kind]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => tiles.addLayer(archive.id, sourceLayer, geometry)}>
          Add layer
        </button>
      </div>
      {archive.layers.length > 0 && (
        <ul className="imported-layers" aria-label={`Layers from ${archive.name}`}>
          {archive.layers.map((layer) => (
            <li key={layer.id} data-testid={`tile-layer-${layer.id}`}>
              <span className="swatch" style={{ background: layer.color }} aria-hidden="true" />
              <span className="layer-title">{layer.title}</span>
              <span className="button-row">
                <button
                  type="button"
                  aria-label={`Remove ${layer.title}`}
                  onClick={() => tiles.removeLayer(layer.id)}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Vector tiles for data too large for GeoJSON: a PMTiles archive opened from disk (read a range at a time,
 * never uploaded) or from this site, one layer per source layer and geometry.
 */
export function TilesPanel({ tiles }: { tiles: TileLayers }) {
  const [url, setUrl] = useState("");
  return (
    <section className="panel-section import-panel tiles-panel" aria-labelledby="tiles-heading">
      <h2 id="tiles-heading">Large data: vector tiles</h2>
      <label className="import-picker">
        Open a PMTiles archive
        <input
          type="file"
          multiple
          accept=".pmtiles"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = "";
            if (files.length > 0) tiles.openFiles(files);
          }}
        />
      </label>
      <form
        className="tile-url"
        onSubmit={(event) => {
          event.preventDefault();
          tiles.openUrl(url);
        }}
      >
        <label>
          Or its address on this site
          <input
            type="text"
            value={url}
            placeholder="data/ships.pmtiles"
            onChange={(event) => setUrl(event.currentTarget.value)}
          />
        </label>
        <button type="submit">Open</button>
      </form>
      <p className="muted">
        Vector (MVT) archives made with tippecanoe or GDAL, chosen here or dropped on the map; a file on disk
        is read a tile at a time and stays on this computer. Features that cite no publication in the
        project's list are marked unsourced.
      </p>
      {tiles.busy && (
        <p className="muted" role="status">
          Opening…
        </p>
      )}
      {tiles.problems.length > 0 && (
        <div role="alert" className="tile-problems">
          <ul>
            {tiles.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <button type="button" onClick={tiles.dismissProblems}>
            Dismiss
          </button>
        </div>
      )}
      {tiles.archives.length > 0 && (
        <ul className="tile-archives" aria-label="Open archives">
          {tiles.archives.map((archive) => (
            <ArchiveRow key={archive.id} archive={archive} tiles={tiles} />
          ))}
        </ul>
      )}
    </section>
  );
}
