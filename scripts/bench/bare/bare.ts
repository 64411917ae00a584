import { baseStyle } from "../../../src/map/base-style.ts";
import { startBareMap } from "./bare-map.ts";

/**
 * The app's own style: its two-tier Natural Earth basemap, fonts and country labels. For finding out what a part
 * of the basemap costs, `?without=basemap-country-labels,basemap-detail-land` leaves those sources (and the
 * layers drawing them) out.
 */
const style = baseStyle();
const without = new Set(new URLSearchParams(window.location.search).get("without")?.split(",") ?? []);
startBareMap({
  ...style,
  sources: Object.fromEntries(Object.entries(style.sources).filter(([id]) => !without.has(id))),
  layers: style.layers.filter((layer) => !("source" in layer) || !without.has(layer.source)),
});
