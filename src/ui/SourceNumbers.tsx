import { citationText } from "../export/source-list.ts";
import { safeHref } from "../files/safe-href.ts";
import type { NumberedSource } from "../state/source-numbering.ts";

type Props = {
  shown: boolean;
  onShown: (shown: boolean) => void;
  /** The sources of the features shown, numbered as the map's markers. */
  sources: readonly NumberedSource[];
};

/** "Show source numbers": footnote markers on the map, and the numbered list they refer to. */
export function SourceNumbers({ shown, onShown, sources }: Props) {
  return (
    <section className="panel-section source-numbers" aria-labelledby="source-numbers-heading">
      <h2 id="source-numbers-heading">Source numbers</h2>
      <label>
        <input type="checkbox" checked={shown} onChange={(event) => onShown(event.currentTarget.checked)} />
        Show source numbers on the map
      </label>
      {shown && (
        <ol className="source-number-list" aria-label="Sources of the features shown, numbered as on the map">
          {sources.map((source) => {
            const href = safeHref(source.citation.url);
            return (
              <li key={source.number} value={source.number}>
                {citationText(source.citation)}
                {href && (
                  <>
                    {" "}
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {new URL(href).hostname}
                    </a>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
