declare module "virtual:basemap" {
  /** URL of each generated basemap GeoJSON file, by name (see scripts/basemap-data.ts). */
  const urls: Record<
    "world-land" | "detail-water" | "detail-land" | "detail-coast" | "borders" | "country-labels",
    string
  >;
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
