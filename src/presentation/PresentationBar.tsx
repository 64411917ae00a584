import type { Presentation } from "./use-presentation.ts";
import "./presentation.css";

/**
 * The way out of presentation mode, top right and faded so that a screenshot barely shows it; its options
 * (what stays on the picture) show on hover or keyboard focus.
 */
export function PresentationBar({ presentation }: { presentation: Presentation }) {
  const { keep, setKeep, leave } = presentation;
  return (
    <div className="presentation-bar" role="toolbar" aria-label="Presentation mode">
      <fieldset className="presentation-keep">
        <legend>Keep on the map</legend>
        <label>
          <input
            type="checkbox"
            checked={keep.scaleBar}
            onChange={(event) => setKeep({ ...keep, scaleBar: event.currentTarget.checked })}
          />
          Scale bar
        </label>
        <label>
          <input
            type="checkbox"
            checked={keep.attribution}
            onChange={(event) => setKeep({ ...keep, attribution: event.currentTarget.checked })}
          />
          Attribution
        </label>
      </fieldset>
      <button type="button" className="leave-presentation" onClick={leave}>
        Leave presentation mode (Esc)
      </button>
    </div>
  );
}
