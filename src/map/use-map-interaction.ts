import type { MapMouseEvent } from "maplibre-gl";
import { useEffect, useRef } from "react";
import type { DataLayerController } from "./data-layer-controller.ts";

type Handlers = { onPick: (ids: string[]) => void; onEmptyClick: () => void };

/** Hover highlights the feature under the pointer; a click picks the features under it. */
export function useMapInteraction(
  controller: DataLayerController | null,
  ready: boolean,
  handlers: Handlers,
) {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    if (!controller || !ready) return;
    const map = controller.map;
    const onMove = (event: MapMouseEvent) => {
      const [first] = controller.featuresAt(event, 3);
      controller.setHovered(first ? { source: first.source, id: String(first.properties.id) } : null);
      map.getCanvas().style.cursor = first ? "pointer" : "";
    };
    const onLeave = () => controller.setHovered(null);
    const onClick = (event: MapMouseEvent) => {
      const ids = controller.featuresAt(event).map((feature) => String(feature.properties.id));
      if (ids.length === 0) handlersRef.current.onEmptyClick();
      else handlersRef.current.onPick(ids);
    };
    map.on("mousemove", onMove);
    map.on("mouseout", onLeave);
    map.on("click", onClick);
    return () => {
      map.off("mousemove", onMove);
      map.off("mouseout", onLeave);
      map.off("click", onClick);
    };
  }, [controller, ready]);
}
