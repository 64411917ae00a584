import type { Map as MaplibreMap, PaddingOptions } from "maplibre-gl";
import type { TourCamera } from "../data/index.ts";

/**
 * The tour panel covers the left of the map (`.tour-panel` in app.css: 320 px wide, 10 px from the edge). The
 * camera is padded by as much, so that a step's centre is the middle of the map the panel leaves free; exports,
 * which have no panel, centre it in the picture.
 */
export const tourPanelInset = 340;

const noPadding: PaddingOptions = { top: 0, right: 0, bottom: 0, left: 0 };

/** Below 800 px (src/ui/small-screens.css) the panel is a sheet over at most the lower 48% of the map. */
const narrowWidth = 800;
const sheetShare = 0.48;

/**
 * Wide enough, the panel sits beside the subject; on a phone the step's centre is the middle of the map above
 * the sheet; in between the panel covers the map and is not allowed for.
 */
function paddingFor(map: MaplibreMap): PaddingOptions {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  if (width < narrowWidth) return { ...noPadding, bottom: Math.round(height * sheetShare) };
  return width >= 2 * tourPanelInset + 100 ? { ...noPadding, left: tourPanelInset } : noPadding;
}

/**
 * A step's view is written for a map about this wide beside the panel; a phone's narrower map zooms out by as
 * much, so that the subject is as much in the picture.
 */
const authoredWidth = 640;

function zoomFor(map: MaplibreMap, zoom: number): number {
  const width = map.getContainer().clientWidth;
  return width < narrowWidth && width > 0 ? zoom - Math.max(0, Math.log2(authoredWidth / width)) : zoom;
}

/**
 * Moves the map to a step's camera: a flight, or a jump when asked. MapLibre itself jumps instead of flying when
 * the browser asks for reduced motion (`essential` stays false).
 */
export function showCamera(map: MaplibreMap, camera: TourCamera, options: { animate: boolean }): void {
  const target = {
    center: camera.center,
    zoom: zoomFor(map, camera.zoom),
    bearing: camera.bearing,
    pitch: camera.pitch,
    padding: paddingFor(map),
  };
  if (options.animate) map.flyTo({ ...target, maxDuration: 4000 });
  else map.jumpTo(target);
}

/** Gives the map its whole width back when the tour closes. */
export function clearTourPadding(map: MaplibreMap): void {
  map.setPadding(noPadding);
}
