import { useEffect, useState } from "react";
import { diffFeature, revertFeature } from "../editing/revisions.ts";
import type { DiffRow, LocalEdits } from "../editing/types.ts";
import { editsStore, shippedTexts } from "./editor-model.ts";
import { shippedFeature } from "./shipped-data.ts";
import "./editor.css";

type Props = {
  featureId: string;
  edits: LocalEdits;
  /** The edits after a revert, saved: the map goes back to the shipped feature. */
  onChanged: (edits: LocalEdits) => void;
};

type Revision = { kind: "edited"; rows: DiffRow[] } | { kind: "added" };

/**
 * In the sourcing panel of a feature the analyst saved: "Edited locally", what changed field by field against
 * the shipped version, and a one-click revert (a new feature: removed).
 */
export default function LocalRevision({ featureId, edits, onChanged }: Props) {
  const [revision, setRevision] = useState<Revision | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const edit = edits.features[featureId];

  useEffect(() => {
    if (!edit) return;
    let current = true;
    void shippedTexts().then((shipped) => {
      if (!current) return;
      const original = shippedFeature(shipped, featureId);
      setRevision(
        original ? { kind: "edited", rows: diffFeature(original.feature, edit.feature) } : { kind: "added" },
      );
    });
    return () => {
      current = false;
    };
  }, [edit, featureId]);

  if (!edit || !revision) return null;

  const revert = async () => {
    const store = await editsStore();
    const { revision: expected } = await store.load();
    const next = revertFeature(edits, featureId);
    const outcome = await store.saveEdits(next, expected);
    if (!outcome.ok) {
      setProblem(
        `Not reverted: another tab saved edits at ${outcome.conflict.savedAt}. Reload the page first.`,
      );
      return;
    }
    onChanged(next);
  };

  return (
    <section className="local-revision" aria-labelledby="local-revision-heading" data-testid="local-revision">
      <h3 id="local-revision-heading">{revision.kind === "added" ? "Added locally" : "Edited locally"}</h3>
      <p className="muted">
        Saved in this browser on {edit.savedAt.slice(0, 10)}; not in the shipped files until exported and
        merged.
      </p>
      {revision.kind === "edited" && (
        <table className="diff" data-testid="diff">
          <caption className="visually-hidden">Changes against the shipped version</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Shipped</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {revision.rows.map((row) => (
              <tr key={row.field} data-field={row.field}>
                <th scope="row">{row.label}</th>
                <td>{row.before}</td>
                <td>{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
      <button type="button" onClick={() => void revert()}>
        {revision.kind === "added" ? "Remove this local feature" : "Revert to shipped"}
      </button>
    </section>
  );
}
