import type { FeatureRecord } from "../state/feature-record.ts";

type Props = { features: FeatureRecord[]; onPick: (id: string) => void; onClose: () => void };

/** Several features under one click: the analyst picks one instead of the map guessing. */
export function FeaturePicker({ features, onPick, onClose }: Props) {
  return (
    <section className="details" aria-labelledby="picker-heading" data-testid="feature-picker">
      <div className="section-header">
        <h2 id="picker-heading">{features.length} features here</h2>
        <button type="button" onClick={onClose} aria-label="Close the list of features here">
          ×
        </button>
      </div>
      <ul className="feature-list">
        {features.map((feature) => (
          <li key={feature.id}>
            <button type="button" onClick={() => onPick(feature.id)}>
              <span className="swatch" style={{ backgroundColor: feature.color }} aria-hidden="true" />
              <span className="feature-title">{feature.title}</span>
              <span className="muted">{feature.layerTitle}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
