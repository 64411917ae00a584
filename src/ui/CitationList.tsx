import { safeHref } from "../files/safe-href.ts";
import type { CitationRecord } from "../state/feature-record.ts";

const reliabilityMeaning: Record<string, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

/** A headline as a headline; a description of an item without one in square brackets, never as a headline. */
function CitationTitle({ citation }: { citation: CitationRecord }) {
  if (citation.titleIsDescription) {
    return (
      <span className="title-description" title="A description: the headline is not on record">
        [{citation.title}]
      </span>
    );
  }
  return <cite className="headline">{citation.title}</cite>;
}

export function CitationList({ citations }: { citations: CitationRecord[] }) {
  return (
    <ol className="citations">
      {citations.map((citation, index) => {
        const href = safeHref(citation.url);
        return (
          // Citations have no id of their own; a publication may be cited twice with different quotes.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered.
          <li key={index} className="citation">
            <div className="citation-head">
              <strong>{citation.publisher}</strong>
              {citation.reliability && (
                <span
                  className="reliability"
                  title={`Admiralty source reliability ${citation.reliability}: ${reliabilityMeaning[citation.reliability] ?? "unknown"}`}
                >
                  {citation.reliability}
                </span>
              )}
            </div>
            {citation.resolved ? (
              <div>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    <CitationTitle citation={citation} />
                  </a>
                ) : (
                  <CitationTitle citation={citation} />
                )}
                {citation.author && <span className="muted"> — {citation.author}</span>}
                <span className="muted"> · {citation.published}</span>
                {!href && <span className="muted"> · no link on record</span>}
              </div>
            ) : (
              <div className="problem">
                Publication “{citation.publicationId}” is not in the publication list.
              </div>
            )}
            {citation.claimant && <div className="muted">Claimed by: {citation.claimant}</div>}
            {citation.quote && <blockquote>“{citation.quote}”</blockquote>}
            {citation.note && <div className="muted">{citation.note}</div>}
          </li>
        );
      })}
    </ol>
  );
}
