import { useEffect, useState } from "react";

/** Long enough that a slider dragged through months, or layers toggled in a row, is read out once. */
const settleMs = 700;

/**
 * What the map shows, in words, for screen readers: the map's description, read out again when it changes
 * (once the change has settled). The text comes from `mapSummary` (src/state/map-summary.ts).
 */
export function MapSummary({ id, text }: { id: string; text: string }) {
  const [spoken, setSpoken] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSpoken(text), settleMs);
    return () => window.clearTimeout(timer);
  }, [text]);
  return (
    <p id={id} className="visually-hidden" role="status" data-testid="map-summary">
      {spoken}
    </p>
  );
}
