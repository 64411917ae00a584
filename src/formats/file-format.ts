/** Which reader a file goes to; no reader code here, so the page can ask without loading the parsers. */

export type FileFormat = "geojson" | "kml" | "kmz" | "gpx" | "csv";

const extensions: ReadonlyArray<[RegExp, FileFormat]> = [
  [/\.kml$/i, "kml"],
  [/\.kmz$/i, "kmz"],
  [/\.gpx$/i, "gpx"],
  [/\.(csv|tsv|tab|txt)$/i, "csv"],
];

/** The format a file is read as, by its name; anything else is read as GeoJSON, as before. */
export function formatOf(fileName: string): FileFormat {
  return extensions.find(([pattern]) => pattern.test(fileName))?.[1] ?? "geojson";
}

/** What the picker offers. */
export const acceptedFiles =
  ".geojson,.json,.kml,.kmz,.gpx,.csv,.tsv,.txt,application/geo+json,application/json,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz,application/gpx+xml,text/csv,text/tab-separated-values";
