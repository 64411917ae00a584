import { useMemo, useState } from "react";
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

type Props = { features: FeatureRecord[]; selected: string | null; onSelect: (id: string) => void };

/** An imported file may hold 100,000 features: the list shows the first ones, the map shows them all. */
export const listedFeatures = 500;

/** Every feature in the current filter, for the analyst who does not know where to click. */
export function FeatureList({ features, selected, onSelect }: Props) {
  const [sortKey, setSortKey] = useState<SortKey>("date");
  const sorted = useMemo(() => sortFeatures(features, sortKey), [features, sortKey]);
  const shown = sorted.length > listedFeatures ? sorted.slice(0, listedFeatures) : sorted;
  return (
    <section className="panel-section" aria-labelledby="list-heading">
      <div className="section-header">
        <h2 id="list-heading">Features ({features.length})</h2>
        <label className="sort">
          Sort by
          <select value={sortKey} onChange={(event) => setSortKey(event.currentTarget.value as SortKey)}>
            <option value="date">date</option>
            <option value="confidence">confidence</option>
          </select>
        </label>
      </div>
      <ul className="feature-list" data-testid="feature-list">
        {shown.map((feature) => (
          <li key={feature.id}>
            <button
              type="button"
              className={feature.id === selected ? "selected" : undefined}
              aria-pressed={feature.id === selected}
              onClick={() => onSelect(feature.id)}
            >
              <span className="swatch" style={{ backgroundColor: feature.color }} aria-hidden="true" />
              <span className="feature-title">{feature.title}</span>
              <span className="muted">
                {feature.period?.start ?? ""}
                {feature.confidence ? ` · ${feature.confidence}` : feature.unsourced ? " · unsourced" : ""}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown.length < sorted.length && (
        <p className="muted">
          The first {shown.length} of {sorted.length.toLocaleString("en-GB")} are listed; narrow the filters
          or hide layers to list the rest.
        </p>
      )}
    </section>
  );
}
