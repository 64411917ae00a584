import { exportChanges } from "../editing/export-changes.ts";
import type { DatasetTexts, LocalEdits } from "../editing/types.ts";
import { downloadBlob } from "../files/download.ts";

const zipName = "supply-route-map-changes.zip";

/**
 * The saved edits as the files they change, in the repository's own formatting: one download per file, or one
 * ZIP. The app never writes geojson/ itself: the files go back through the project's check and review.
 */
export function ExportChanges({ shipped, edits }: { shipped: DatasetTexts; edits: LocalEdits }) {
  const count = Object.keys(edits.features).length + Object.keys(edits.publications).length;
  return (
    <section className="export-changes" aria-labelledby="export-changes-heading">
      <h3 id="export-changes-heading">Export changes</h3>
      {count === 0 ? (
        <p className="muted">Nothing saved yet: saved features and publications are exported from here.</p>
      ) : (
        <>
          <p>
            {count} saved change{count === 1 ? "" : "s"}. Copy the downloaded files into <code>geojson/</code>
            , run <code>npm run validate</code>, then commit and open a pull request: the history and the
            review live in git.
          </p>
          <div className="editor-actions">
            <button
              type="button"
              onClick={() => {
                for (const file of exportChanges(shipped, edits).files)
                  downloadBlob(new Blob([file.text], { type: "application/json" }), file.name);
              }}
            >
              Download changed files
            </button>
            <button
              type="button"
              onClick={() => {
                const { zip } = exportChanges(shipped, edits);
                downloadBlob(new Blob([zip as BlobPart], { type: "application/zip" }), zipName);
              }}
            >
              Download as ZIP
            </button>
          </div>
        </>
      )}
    </section>
  );
}
