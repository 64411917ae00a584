declare module "virtual:basemap" {
  /** URL of each generated basemap GeoJSON file, by name (see scripts/basemap-data.ts). */
  const urls: import("./symbology/basemap-layers.ts").BasemapUrls;
  export default urls;
}

declare module "virtual:font-faces" {
  import type { FontFacesSpecification } from "maplibre-gl";

  /** The style's first `font-faces` (see scripts/offline-assets-plugin.ts): relative URLs. */
  export const firstFontFaces: FontFacesSpecification;
  /** Every label font file by font name, in the order of the full list. */
  export const fontFileUrls: Record<string, string[]>;
  /** A JSON file: every file's unicode-range by font name, in the order of `fontFileUrls`. */
  export const fontRangesUrl: string;
}

declare module "virtual:bundled-dataset" {
  /** URL of the prepared data (a `PreparedDataset`, see src/state/bundled-dataset.ts). */
  const url: string;
  export default url;
}
