import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";

/**
 * True once the map, given with its data, has first been ready (`data-map-ready`, see MapView): the moment to
 * load what the first view does not need, so that its bytes and its work come after the map is ready rather than
 * compete with it. The map's first idle comes earlier: the labels that collide still follow it (see
 * DataLayerController), and a chunk loaded then was fetched, parsed and rendered before the map was ready.
 */
export function useFirstReady(map: MaplibreMap | null): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!map || ready) return;
    const container = map.getContainer();
    const check = () => {
      if (container.getAttribute("data-map-ready") === "true") setReady(true);
    };
    const observer = new MutationObserver(check);
    observer.observe(container, { attributes: true, attributeFilter: ["data-map-ready"] });
    check();
    return () => observer.disconnect();
  }, [map, ready]);
  return ready;
}
