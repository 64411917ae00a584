import { useEffect, useEffectEvent } from "react";

type Closable = { open: boolean; close: () => void };

/**
 * Escape closes the topmost thing open: `layers` runs from the top down (the sourcing sheet before the panels
 * under it). Off while `enabled` is false: presentation mode has its own Escape.
 */
export function useEscapeCloses(layers: readonly Closable[], enabled: boolean) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    const top = layers.find((layer) => layer.open);
    if (!top) return;
    event.preventDefault();
    top.close();
  });
  useEffect(() => {
    if (!enabled) return;
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
