import type { MapMouseEvent } from "maplibre-gl";
import { useEffect, useEffectEvent } from "react";
import type { DataLayerController } from "./data-layer-controller.ts";

type Handlers = { onPick: (ids: string[]) => void; onEmptyClick: () => void };

/** Hover highlights the feature under the pointer; a click picks the features under it. */
export function useMapInteraction(
  controller: DataLayerController | null,
  ready: boolean,
  handlers: Handlers,
) {
  const picked = useEffectEvent((ids: string[]) => {
    if (ids.length === 0) handlers.onEmptyClick();
    else handlers.onPick(ids);
  });

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
      picked(controller.featuresAt(event).map((feature) => String(feature.properties.id)));
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
