import { useCallback, useEffect, useState } from "react";

/** What stays on the map in presentation mode besides the map itself; navigation controls always go. */
export type PresentationKeep = { scaleBar: boolean; attribution: boolean };

export type Presentation = {
  active: boolean;
  keep: PresentationKeep;
  enter: () => void;
  leave: () => void;
  setKeep: (keep: PresentationKeep) => void;
  /** Class names for the app's root element: the layout and the controls follow from them (app.css). */
  className: string;
};

const keptByDefault: PresentationKeep = { scaleBar: true, attribution: true };

/** Presentation mode: the map edge to edge at the current view, left with Escape or its own button. */
export function usePresentation(): Presentation {
  const [active, setActive] = useState(false);
  const [keep, setKeep] = useState<PresentationKeep>(keptByDefault);
  const enter = useCallback(() => setActive(true), []);
  const leave = useCallback(() => setActive(false), []);

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setActive(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active]);

  const className = active
    ? [
        "presentation",
        keep.scaleBar ? "" : "without-scale-bar",
        keep.attribution ? "" : "without-attribution",
      ]
        .filter(Boolean)
        .join(" ")
    : "";
  return { active, keep, enter, leave, setKeep, className };
}
