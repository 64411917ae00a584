import { useEffect } from "react";
import type { SourceMarkerLabels } from "../symbology/source-markers.ts";
import type { DataLayerController } from "./data-layer-controller.ts";

/** Keeps the map's footnote markers equal to `labels` (null: none) once the data is on the map. */
export function useSourceMarkers(
  controller: DataLayerController | null,
  ready: boolean,
  labels: SourceMarkerLabels | null,
): void {
  useEffect(() => {
    if (!controller || !ready) return;
    controller.setSourceMarkers(labels);
  }, [controller, ready, labels]);
}
