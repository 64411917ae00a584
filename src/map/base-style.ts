import basemapUrls from "virtual:basemap";
import fontFaces from "virtual:font-faces";
import type { StyleSpecification } from "maplibre-gl";
import { basemapLayers, basemapSources, deferredSourceIds } from "../symbology/basemap-layers.ts";
import { globalStateDefaults } from "../symbology/filter-expression.ts";
import { sourceMarkerDefaults } from "../symbology/source-markers.ts";
import { absolute, absoluteAll } from "./absolute-url.ts";
import { emptyDetail } from "./basemap-detail.ts";

/** The deferred sources start empty: `loadDetailWhenNeeded` gives them their files (see basemap-detail.ts). */
function withoutDetail(sources: StyleSpecification["sources"]): StyleSpecification["sources"] {
  const copy = { ...sources };
  for (const id of deferredSourceIds) copy[id] = { type: "geojson", data: emptyDetail };
  return copy;
}

/** The embedded style: no `glyphs` URL — labels are drawn locally from the bundled `font-faces`. */
export function baseStyle(): StyleSpecification {
  const faces = Object.fromEntries(
    Object.entries(fontFaces).map(([name, files]) => [
      name,
      typeof files === "string"
        ? absolute(files)
        : files.map((file) => ({ ...file, url: absolute(file.url) })),
    ]),
  );
  return {
    version: 8,
    name: "Offline supply-route basemap",
    "font-faces": faces,
    state: { ...globalStateDefaults, ...sourceMarkerDefaults },
    sources: withoutDetail(basemapSources(absoluteAll(basemapUrls))),
    layers: basemapLayers(),
  };
}
