import basemapUrls from "virtual:basemap";
import type { StyleSpecification } from "maplibre-gl";
import { firstLabelFontFaces } from "../fonts/font-faces.ts";
import { basemapLayers, basemapSources, deferredSourceIds } from "../symbology/basemap-layers.ts";
import { globalStateDefaults } from "../symbology/filter-expression.ts";
import { sourceMarkerDefaults } from "../symbology/source-markers.ts";
import { absoluteAll } from "./absolute-url.ts";
import { emptyDetail } from "./basemap-detail.ts";

/** The deferred sources start empty: `loadDetailWhenNeeded` gives them their files (see basemap-detail.ts). */
function withoutDetail(sources: StyleSpecification["sources"]): StyleSpecification["sources"] {
  const copy = { ...sources };
  for (const id of deferredSourceIds) copy[id] = { type: "geojson", data: emptyDetail };
  return copy;
}

/**
 * The embedded style: no `glyphs` URL — labels are drawn locally from the bundled `font-faces`, the first list
 * of them (src/fonts/font-faces.ts: a map that needs more gets the rest through `completeFontFacesWhenNeeded`).
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: "Offline supply-route basemap",
    "font-faces": firstLabelFontFaces(),
    state: { ...globalStateDefaults, ...sourceMarkerDefaults },
    sources: withoutDetail(basemapSources(absoluteAll(basemapUrls))),
    layers: basemapLayers(),
  };
}
