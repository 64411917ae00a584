import "./import-panel.css";

/** Shown over the map while files are dragged over the page. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <p>Drop GeoJSON, KML, KMZ, GPX or CSV files to import them as your own layers</p>
    </div>
  );
}
