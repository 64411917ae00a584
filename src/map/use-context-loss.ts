import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";

export type ContextStatus = "drawing" | "lost" | "lost-for-good";

/**
 * How long to wait for the browser to give the WebGL context back before offering to rebuild the map. Browsers
 * usually restore within a second or two (after a GPU reset or a driver update), or never.
 */
export const restorePatienceMs = 5000;

/** Follows the map's WebGL context: MapLibre v6 restores itself when the browser gives the context back. */
export function useContextLoss(map: MaplibreMap | null): ContextStatus {
  const [status, setStatus] = useState<ContextStatus>("drawing");
  useEffect(() => {
    setStatus("drawing");
    if (!map) return;
    let timer: number | undefined;
    const lost = () => {
      setStatus("lost");
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setStatus("lost-for-good"), restorePatienceMs);
    };
    const restored = () => {
      window.clearTimeout(timer);
      setStatus("drawing");
    };
    map.on("webglcontextlost", lost);
    map.on("webglcontextrestored", restored);
    return () => {
      window.clearTimeout(timer);
      map.off("webglcontextlost", lost);
      map.off("webglcontextrestored", restored);
    };
  }, [map]);
  return status;
}
