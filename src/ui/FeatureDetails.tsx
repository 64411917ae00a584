import type { FeatureRecord } from "../state/feature-record.ts";
import { CitationList } from "./CitationList.tsx";
import { safeHref } from "./safe-link.ts";

const confidenceText = { low: "Low", moderate: "Moderate", high: "High" } as const;

function periodText(period: FeatureRecord["period"]): string {
  if (!period) return "—";
  if (!period.end) return `${period.start} – ongoing or unknown end`;
  return period.end === period.start ? period.start : `${period.start} – ${period.end}`;
}

type Props = { feature: FeatureRecord; onClose: () => void };

/** An imported feature's own properties: text as text; a link only for a URL that passes `safeHref`. */
function FileProperties({ properties }: { properties: NonNullable<FeatureRecord["fileProperties"]> }) {
  return (
    <>
      <h3>Properties in the file</h3>
      <dl className="facts file-properties" data-testid="file-properties">
        {properties.map((property) => {
          const href = safeHref(property.href);
          return (
            <div key={property.name}>
              <dt>{property.name}</dt>
              <dd>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {property.text}
                  </a>
                ) : (
                  property.text
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}

/** The sourcing panel. Everything is rendered as text; links only through `safeHref`. */
export function FeatureDetails({ feature, onClose }: Props) {
  return (
    <section className="details" aria-labelledby="details-heading" data-testid="feature-details">
      <div className="section-header">
        <p className="details-layer">
          <span className="swatch" style={{ backgroundColor: feature.color }} aria-hidden="true" />
          {feature.layerTitle}
        </p>
        <button type="button" onClick={onClose} aria-label="Close the sourcing panel">
          ×
        </button>
      </div>
      <h2 id="details-heading">{feature.title}</h2>
      {feature.unsourced && (
        <p className="warning" role="note">
          Unsourced: this feature comes from an imported file and cites no publication.
        </p>
      )}
      <p className="claim">{feature.claim}</p>
      <dl className="facts">
        {feature.status && (
          <>
            <dt>Status</dt>
            <dd data-testid="status">{feature.status}</dd>
          </>
        )}
        {feature.confidence && (
          <>
            <dt>Confidence</dt>
            <dd data-testid="confidence">
              {confidenceText[feature.confidence]}
              {feature.confidenceNote && <span className="why"> — {feature.confidenceNote}</span>}
            </dd>
          </>
        )}
        <dt>Period</dt>
        <dd>{periodText(feature.period)}</dd>
        {feature.geometryPrecision && (
          <>
            <dt>Geometry</dt>
            <dd>
              {feature.geometryPrecision}
              {feature.locationNote && <span className="why"> — {feature.locationNote}</span>}
            </dd>
          </>
        )}
        {feature.volume && (
          <>
            <dt>Volume reported</dt>
            <dd>{feature.volume}</dd>
          </>
        )}
        {feature.lengthKm !== undefined && (
          <>
            <dt>Drawn length</dt>
            <dd>
              {Math.round(feature.lengthKm).toLocaleString("en-GB")} km
              {feature.geometryPrecision !== "exact" && (
                <span className="why"> (of the drawn line, not a measured route)</span>
              )}
            </dd>
          </>
        )}
      </dl>
      {feature.denials.length > 0 && (
        <div className="denials">
          <h3>Denied by</h3>
          <ul>
            {feature.denials.map((denial) => (
              <li key={`${denial.who}-${denial.date}`}>
                <strong>{denial.who}</strong> ({denial.date}){denial.text && <>: {denial.text}</>}
                {denial.citations.length > 0 && <CitationList citations={denial.citations} />}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>Sources ({feature.citations.length})</h3>
      {feature.citations.length > 0 ? (
        <CitationList citations={feature.citations} />
      ) : (
        <p className="muted">No publication is cited.</p>
      )}
      {feature.fileProperties && feature.fileProperties.length > 0 && (
        <FileProperties properties={feature.fileProperties} />
      )}
      {feature.notes.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul>
            {feature.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
