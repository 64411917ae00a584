import { type KeyboardEvent, useMemo, useState } from "react";
import { monthLabel } from "../data/date-labels.ts";
import type { FeatureRecord } from "../state/feature-record.ts";

type SortKey = "date" | "confidence";
const confidenceRank = { high: 3, moderate: 2, low: 1 } as const;
/** The same order as `localeCompare`, several times faster over 100,000 titles (no per-call locale set-up). */
const titleOrder = new Intl.Collator().compare;

export function sortFeatures(features: FeatureRecord[], key: SortKey): FeatureRecord[] {
  const byDate = (a: FeatureRecord, b: FeatureRecord) => (a.startMs ?? 0) - (b.startMs ?? 0);
  const byConfidence = (a: FeatureRecord, b: FeatureRecord) =>
    (b.confidence ? confidenceRank[b.confidence] : 0) - (a.confidence ? confidenceRank[a.confidence] : 0);
  return [...features].sort(
    key === "date"
      ? (a, b) => byDate(a, b) || titleOrder(a.title, b.title)
      : (a, b) => byConfidence(a, b) || byDate(a, b),
  );
}

type Props = {
  features: FeatureRecord[];
  /** The ids of those in the map's view, once the map is there. */
  inView: ReadonlySet<string> | null;
  selected: string | null;
  onSelect: (id: string) => void;
};

/** An imported file may hold 100,000 features: the table shows the first ones, the map shows them all. */
export const listedFeatures = 500;

/** Up and Down (Home, End) move between the features' buttons, as Tab does, without leaving the table. */
function moveBetweenRows(event: KeyboardEvent<HTMLTableSectionElement>) {
  const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  const step = steps[event.key];
  const target = event.target;
  if (step === undefined || !(target instanceof HTMLButtonElement)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button.open-feature")];
  const index = buttons.indexOf(target);
  const next = buttons[Math.min(buttons.length - 1, Math.max(0, index + step))];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/**
 * Every feature drawn, as a table: the map's text alternative, and the way to a feature's sourcing for the
 * analyst who does not know where to click or uses the keyboard.
 */
export function FeatureList({ features, inView, selected, onSelect }: Props) {
  const [sortKey, setSortKey] = useState<SortKey>("date");
  const [onlyInView, setOnlyInView] = useState(false);
  const rows = useMemo(
    () => (onlyInView && inView ? features.filter((feature) => inView.has(feature.id)) : features),
    [features, inView, onlyInView],
  );
  const sorted = useMemo(() => sortFeatures(rows, sortKey), [rows, sortKey]);
  const shown = sorted.length > listedFeatures ? sorted.slice(0, listedFeatures) : sorted;
  return (
    <section className="panel-section" id="features" aria-labelledby="list-heading">
      <div className="section-header">
        <h2 id="list-heading" tabIndex={-1}>
          Features (
          {rows.length === features.length ? features.length : `${rows.length} of ${features.length}`})
        </h2>
        <label className="sort">
          Sort by
          <select value={sortKey} onChange={(event) => setSortKey(event.currentTarget.value as SortKey)}>
            <option value="date">date</option>
            <option value="confidence">confidence</option>
          </select>
        </label>
      </div>
      <label className="in-view">
        <input
          type="checkbox"
          checked={onlyInView}
          onChange={(event) => setOnlyInView(event.currentTarget.checked)}
        />
        Only those in the map's view
      </label>
      <div className="feature-table-scroll">
        <table className="feature-table" data-testid="feature-list" aria-labelledby="list-heading">
          <thead>
            <tr>
              <th scope="col">Feature</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody onKeyDown={moveBetweenRows}>
            {shown.map((feature) => (
              <tr key={feature.id} className={feature.id === selected ? "selected" : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="open-feature"
                    aria-pressed={feature.id === selected}
                    onClick={() => onSelect(feature.id)}
                  >
                    <span className="swatch" style={{ backgroundColor: feature.color }} aria-hidden="true" />
                    <span className="feature-title">{feature.title}</span>
                  </button>
                </th>
                <td>{feature.period ? monthLabel(feature.period.start) : "—"}</td>
                <td>{feature.status ?? (feature.unsourced ? "unsourced" : "—")}</td>
                <td>{feature.confidence ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < sorted.length && (
        <p className="muted">
          The first {shown.length} of {sorted.length.toLocaleString("en-GB")} are listed; narrow the filters
          or hide layers to list the rest.
        </p>
      )}
    </section>
  );
}
