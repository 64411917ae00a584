import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect } from "react";

type Bounds = readonly [west: number, south: number, east: number, north: number];

/** Room kept between the feature and the edges of the part of the map left in sight. */
const margin = { top: 60, side: 30, bottom: 30 };

/** True when every corner of `bounds` lies in the map above the bottom `inset` pixels, with the margin. */
function inSight(map: MaplibreMap, [west, south, east, north]: Bounds, inset: number): boolean {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const corners = [map.project([west, south]), map.project([east, north])];
  return corners.every(
    (point) =>
      point.x >= margin.side &&
      point.x <= width - margin.side &&
      point.y >= margin.top &&
      point.y <= height - inset - margin.bottom,
  );
}

/**
 * A sheet over the bottom of the map (the sourcing on a phone) must not hide the feature it is about: once the
 * map has stopped, a feature out of sight above the sheet is eased into it, zooming out if it must, never in.
 * Returns a cancel for a selection that changes before the map stops.
 */
export function revealAboveInset(map: MaplibreMap, bounds: Bounds, inset: number): () => void {
  const reveal = () => {
    if (inSight(map, bounds, inset)) return;
    const [west, south, east, north] = bounds;
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      {
        padding: { top: margin.top, left: margin.side, right: margin.side, bottom: inset + margin.bottom },
        maxZoom: map.getZoom(),
        duration: 500,
      },
    );
  };
  if (!map.isMoving()) {
    reveal();
    return () => {};
  }
  map.once("moveend", reveal);
  return () => map.off("moveend", reveal);
}

/** Keeps the selected feature (its bounds) in sight above a sheet covering the map's bottom `inset` pixels. */
export function useRevealSelected(map: MaplibreMap | null, bounds: Bounds | null, inset: number) {
  useEffect(() => {
    if (!map || !bounds || inset <= 0) return;
    return revealAboveInset(map, bounds, inset);
  }, [map, bounds, inset]);
}
