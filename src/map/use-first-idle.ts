import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";

/**
 * True once the map, given with its data, has drawn and gone idle: the moment to load what the first view does
 * not need, so that its bytes come after the map is ready rather than compete with it.
 */
export function useFirstIdle(map: MaplibreMap | null): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!map || idle) return;
    const done = () => setIdle(true);
    map.once("idle", done);
    // An idle map fires no further idle event by itself: one repaint makes sure it comes.
    map.triggerRepaint();
    return () => {
      map.off("idle", done);
    };
  }, [map, idle]);
  return idle;
}
