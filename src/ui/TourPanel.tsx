import { publicationTitleText } from "../state/citation-text.ts";
import type { TourPanelProps } from "../tour/tour-panel-model.ts";
import { PageSizeSelect } from "./PageSizeSelect.tsx";

/** One step of the briefing tour over the map: its text with numbered citations, and the way on. */
export function TourPanel(props: TourPanelProps) {
  const { number, count, exportStatus } = props;
  const busy = exportStatus.kind === "working";
  return (
    <section className="tour-panel" aria-labelledby="tour-step-title" data-testid="tour-panel">
      <div className="tour-heading">
        <span className="tour-name">{props.tourTitle}</span>
        <button type="button" onClick={props.onLeave} disabled={busy}>
          Leave tour
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the text scrolls, and the keyboard must reach it to scroll it (axe: scrollable-region-focusable). */}
      <section className="tour-body" tabIndex={0} aria-label="The step's text">
        <h2 id="tour-step-title">{props.title}</h2>
        <p className="tour-text">
          {props.sentences.map((sentence, index) => (
            // Sentences have no id; the list is replaced whole with each step.
            // biome-ignore lint/suspicious/noArrayIndexKey: never reordered.
            <span key={index} className={sentence.framing ? "tour-framing" : undefined}>
              {sentence.text}
              {sentence.markers.length > 0 && (
                <sup className="citation-marker">[{sentence.markers.join(", ")}]</sup>
              )}{" "}
            </span>
          ))}
        </p>
        {props.publications.length > 0 && (
          <ol className="tour-publications" aria-label="Publications cited in this step">
            {props.publications.map((publication) => (
              <li key={publication.id} value={publication.number}>
                {publication.publisher},{" "}
                {publicationTitleText(publication.title, publication.titleIsDescription)},{" "}
                {publication.published}
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="tour-footer">
        <div className="tour-navigation">
          <button
            type="button"
            onClick={props.onPrevious}
            disabled={number <= 1 || busy}
            aria-keyshortcuts="ArrowLeft"
          >
            Previous
          </button>
          <span className="tour-counter" aria-live="polite" data-testid="tour-counter">
            Step {number} of {count}
          </span>
          <button
            type="button"
            onClick={props.onNext}
            disabled={number >= count || busy}
            aria-keyshortcuts="ArrowRight"
          >
            Next
          </button>
        </div>
        <label className="tour-option">
          <input
            type="checkbox"
            checked={!props.animate}
            onChange={(event) => props.onAnimate(!event.currentTarget.checked)}
          />
          Jump without animation <span className="muted">(← → also step)</span>
        </label>
        <div className="button-row">
          <button type="button" onClick={props.onExportStep} disabled={busy}>
            Export this step
          </button>
          <button type="button" onClick={props.onExportAll} disabled={busy}>
            Export all steps
          </button>
        </div>
        <div className="button-row wrap">
          <button type="button" onClick={() => props.onExportDeck("pptx")} disabled={busy}>
            Export all steps as a deck
          </button>
          <button type="button" onClick={() => props.onExportDeck("pdf")} disabled={busy}>
            Export all steps as a PDF
          </button>
        </div>
        <PageSizeSelect label="PDF page size" value={props.pdfPageSize} onChange={props.onPdfPageSize} />
        <p
          className={`export-status ${exportStatus.kind}`}
          role={exportStatus.kind === "error" ? "alert" : "status"}
        >
          {exportStatus.message}
        </p>
      </div>
    </section>
  );
}
