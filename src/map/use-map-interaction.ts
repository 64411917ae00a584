import type { MapMouseEvent } from "maplibre-gl";
import { useEffect, useEffectEvent } from "react";
import type { DataLayerController } from "./data-layer-controller.ts";

type Handlers = { onPick: (ids: string[]) => void; onEmptyClick: () => void };

/** Half the side of the box a click queries: a mouse points within a few pixels, a finger covers 44 px. */
const mouseSlack = 5;
const touchSlack = 22;

/** A tap, or a click on a screen whose main pointer is a finger, gets the finger's box. */
export function clickSlack(event: Event, coarsePointer: boolean): number {
  const touch = "pointerType" in event && event.pointerType === "touch";
  return touch || coarsePointer ? touchSlack : mouseSlack;
}

/** Hover highlights the feature under the pointer; a click (or tap) picks the features under it. */
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
    const coarse = window.matchMedia("(pointer: coarse)");
    const onClick = (event: MapMouseEvent) => {
      const slack = clickSlack(event.originalEvent, coarse.matches);
      picked(controller.featuresAt(event, slack).map((feature) => String(feature.properties.id)));
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
