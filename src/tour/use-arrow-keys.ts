import { useEffect, useEffectEvent } from "react";

/** Inputs whose own keys include the arrows: typing, sliders, lists, radio groups. */
function usesArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest("dialog")) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !["checkbox", "button", "submit", "reset"].includes(target.type)
  );
}

/**
 * ← and → call `onPrevious` and `onNext` while `active`, wherever the focus is, unless it is in a control that
 * needs the arrows itself. Listening in the capture phase and stopping the event keeps MapLibre's keyboard
 * handler from panning the map with the same key press.
 */
export function useArrowKeys(active: boolean, onPrevious: () => void, onNext: () => void): void {
  const step = useEffectEvent((key: "ArrowLeft" | "ArrowRight") => {
    if (key === "ArrowLeft") onPrevious();
    else onNext();
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      if (usesArrowKeys(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      step(event.key);
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [active]);
}
