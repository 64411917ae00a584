import type { ReactNode } from "react";
import { safeHref } from "../files/safe-href.ts";
import type { FeatureRecord } from "../state/feature-record.ts";
import { CitationList } from "./CitationList.tsx";

const confidenceText = { low: "Low", moderate: "Moderate", high: "High" } as const;

function periodText(period: FeatureRecord["period"]): string {
  if (!period) return "—";
  if (!period.end) return `${period.start} – ongoing or unknown end`;
  return period.end === period.start ? period.start : `${period.start} – ${period.end}`;
}

type Props = {
  feature: FeatureRecord;
  onClose: () => void;
  /** Opens the analyst's editor on this feature; without it the panel offers no editing. */
  onEdit?: () => void;
  /** What the analyst changed locally in this feature (the editor's revision block), under the heading. */
  revision?: ReactNode;
};

/**
 * Every reported figure side by side, each with what it counts, its date and who gave it: conflicting figures
 * are the story, so none is merged into another.
 */
function FigureTable({ figures }: { figures: FeatureRecord["figures"] }) {
  return (
    <>
      <h3>Reported figures ({figures.length})</h3>
      <table className="figures" data-testid="figures">
        <thead>
          <tr>
            <th scope="col">Figure and what it counts</th>
            <th scope="col">As of</th>
            <th scope="col">Who said it, where</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr
              key={`${figure.publicationId}-${figure.unit}-${figure.asOf}-${figure.amount}-${figure.counts}`}
            >
              <td>
                <strong className="figure-amount">
                  {figure.amount} {figure.unit}
                </strong>
                {figure.setsWidth && (
                  <span className="figure-width" title="The legend's line-width rule picks this figure">
                    {" "}
                    · sets line width
                  </span>
                )}
                <div className="muted">{figure.counts}</div>
                {figure.note && <div className="muted figure-note">{figure.note}</div>}
              </td>
              <td>{figure.asOf}</td>
              <td>
                {figure.claimant}
                <div className="muted" title={figure.publicationLine}>
                  {figure.publication}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** How the parties answered, oldest first, each with its kind: a refusal to comment is not a denial. */
function ResponseList({ responses }: { responses: FeatureRecord["responses"] }) {
  return (
    <div className="responses" data-testid="responses">
      <h3>Responses ({responses.length})</h3>
      <ol>
        {responses.map((response) => (
          <li key={`${response.who}-${response.date}-${response.kind}`} data-kind={response.kind}>
            <span className={`response-kind response-${response.kind}`}>{response.kindLabel}</span>{" "}
            <strong>{response.who}</strong> ({response.date}){response.text && <>: {response.text}</>}
            <CitationList citations={response.citations} />
          </li>
        ))}
      </ol>
    </div>
  );
}

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
export function FeatureDetails({ feature, onClose, onEdit, revision }: Props) {
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
      {onEdit && (
        <button type="button" className="edit-feature" onClick={onEdit}>
          Edit this feature
        </button>
      )}
      {revision}
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
      {feature.figures.length > 0 && <FigureTable figures={feature.figures} />}
      {feature.responses.length > 0 && <ResponseList responses={feature.responses} />}
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
