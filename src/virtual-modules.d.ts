declare module "virtual:basemap" {
  /** URL of each generated basemap GeoJSON file, by name (see scripts/basemap-data.ts). */
  const urls: import("./symbology/basemap-layers.ts").BasemapUrls;
  export default urls;
}

declare module "virtual:font-faces" {
  import type { FontFacesSpecification } from "maplibre-gl";

  const fontFaces: FontFacesSpecification;
  export default fontFaces;
}

declare module "virtual:bundled-dataset" {
  /** URL of the prepared data (a `PreparedDataset`, see src/state/bundled-dataset.ts). */
  const url: string;
  export default url;
}
