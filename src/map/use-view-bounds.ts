import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";
import type { Bounds } from "../state/features-in-view.ts";

/** The map's view as [west, south, east, north], read when the map stops moving (never on every frame). */
export function useViewBounds(map: MaplibreMap | null): Bounds | null {
  const [bounds, setBounds] = useState<Bounds | null>(null);
  useEffect(() => {
    if (!map) return;
    const update = () => {
      const view = map.getBounds();
      setBounds([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()]);
    };
    update();
    map.on("moveend", update);
    return () => {
      map.off("moveend", update);
    };
  }, [map]);
  return bounds;
}
