import worldUrl from "virtual:world-50m";
import { baseStyle } from "../../../src/map/base-style.ts";
import { basemapPalette } from "../../../src/symbology/basemap-palette.ts";
import { startBareMap } from "./bare-map.ts";

/**
 * The reference point: the app's fonts and data layers over the plain Natural Earth 50m countries (one
 * file for the whole world, land and borders from the same polygons, no labels) instead of the app's basemap.
 */
const style = baseStyle();
startBareMap({
  ...style,
  sources: { world: { type: "geojson", data: new URL(worldUrl, document.baseURI).href } },
  layers: [
    { id: "ocean", type: "background", paint: { "background-color": basemapPalette.ocean } },
    { id: "countries", type: "fill", source: "world", paint: { "fill-color": basemapPalette.land } },
    {
      id: "country-outlines",
      type: "line",
      source: "world",
      paint: { "line-color": basemapPalette.border, "line-width": 0.6 },
    },
  ],
});
