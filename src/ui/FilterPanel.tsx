import type { CalendarDay, MinimumConfidence } from "../state/app-state.ts";
import { endOfMonth, monthLabel, monthSteps } from "./month-scale.ts";

type Props = {
  /** The span of the data. */
  bounds: { min: CalendarDay; max: CalendarDay };
  range: { from: CalendarDay | null; to: CalendarDay | null };
  minimumConfidence: MinimumConfidence;
  /** From the sliders: a burst of these (arrow keys, a drag) is one step in the browser's history. */
  onRange: (range: { from: CalendarDay | null; to: CalendarDay | null }) => void;
  onMinimumConfidence: (value: MinimumConfidence) => void;
  /** Every filter back to its default, in one step. */
  onReset: () => void;
};

const confidenceOptions: Array<{ value: MinimumConfidence; label: string }> = [
  { value: "any", label: "Any (incl. unsourced imports)" },
  { value: "low", label: "Low and above" },
  { value: "moderate", label: "Moderate and above" },
  { value: "high", label: "High only" },
];

export function FilterPanel({
  bounds,
  range,
  minimumConfidence,
  onRange,
  onMinimumConfidence,
  onReset,
}: Props) {
  const steps = monthSteps(bounds.min, bounds.max);
  const last = steps.length - 1;
  const fromIndex = range.from ? Math.max(0, steps.indexOf(`${range.from.slice(0, 7)}-01`)) : 0;
  const toIndex = range.to ? Math.max(0, steps.indexOf(`${range.to.slice(0, 7)}-01`)) : last;
  const setFrom = (index: number) => {
    const clamped = Math.min(index, toIndex);
    onRange({ from: clamped === 0 ? null : (steps[clamped] ?? null), to: range.to });
  };
  const setTo = (index: number) => {
    const clamped = Math.max(index, fromIndex);
    const step = steps[clamped];
    onRange({ from: range.from, to: clamped === last || !step ? null : endOfMonth(step) });
  };
  const filtered = range.from !== null || range.to !== null || minimumConfidence !== "any";
  return (
    <section className="panel-section" aria-labelledby="filters-heading">
      <div className="section-header">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" disabled={!filtered} onClick={onReset}>
          Reset
        </button>
      </div>
      <div className="time-filter">
        <p className="range-readout" data-testid="range-readout">
          {monthLabel(steps[fromIndex] ?? bounds.min)} – {monthLabel(steps[toIndex] ?? bounds.max)}
        </p>
        <label>
          From
          <input
            type="range"
            min={0}
            max={last}
            value={fromIndex}
            aria-valuetext={monthLabel(steps[fromIndex] ?? bounds.min)}
            onChange={(event) => setFrom(Number(event.currentTarget.value))}
          />
        </label>
        <label>
          To (as of)
          <input
            type="range"
            min={0}
            max={last}
            value={toIndex}
            aria-valuetext={monthLabel(steps[toIndex] ?? bounds.max)}
            onChange={(event) => setTo(Number(event.currentTarget.value))}
          />
        </label>
      </div>
      <label className="confidence-filter">
        Minimum confidence
        <select
          value={minimumConfidence}
          onChange={(event) => onMinimumConfidence(event.currentTarget.value as MinimumConfidence)}
        >
          {confidenceOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
