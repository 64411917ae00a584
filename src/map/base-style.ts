import basemapUrls from "virtual:basemap";
import fontFaces from "virtual:font-faces";
import type { StyleSpecification } from "maplibre-gl";
import { basemapLayers, basemapSources } from "../symbology/basemap-layers.ts";
import { globalStateDefaults } from "../symbology/filter-expression.ts";

/** Absolute URLs: GeoJSON is fetched by MapLibre's worker, which resolves nothing against the page. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

function absoluteAll<T extends Record<string, string>>(urls: T): T {
  return Object.fromEntries(Object.entries(urls).map(([key, url]) => [key, absolute(url)])) as T;
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
    state: globalStateDefaults,
    sources: basemapSources(absoluteAll(basemapUrls)),
    layers: basemapLayers(),
  };
}
