/** Where a CSV's positions are: a latitude and a longitude column, or one column of WKT. */
export type CsvPosition = { kind: "lat-lon"; lat: string; lon: string } | { kind: "wkt"; column: string };

/**
 * The columns an import reads: the position, and optionally an id and a time column, which together make one
 * time-ordered line per id. `keepPoints` keeps every row as a point in a second layer besides the lines.
 */
export type CsvColumns = {
  position: CsvPosition | null;
  id: string | null;
  time: string | null;
  keepPoints: boolean;
};

const names = {
  lat: ["lat", "latitude", "y", "lat_dd", "latitude_dd"],
  lon: ["lon", "lng", "long", "longitude", "x", "lon_dd", "longitude_dd"],
  wkt: ["wkt", "geometry", "geom", "the_geom", "wkt_geometry", "shape"],
  id: [
    "id",
    "mmsi",
    "imo",
    "vessel",
    "vessel_id",
    "ship",
    "ship_id",
    "track",
    "track_id",
    "name",
    "callsign",
  ],
  time: [
    "time",
    "timestamp",
    "datetime",
    "date_time",
    "date",
    "utc",
    "time_utc",
    "basedatetime",
    "observed_at",
  ],
} as const;

function normalised(column: string): string {
  return column
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function find(columns: readonly string[], candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    const found = columns.find((column) => normalised(column) === candidate);
    if (found !== undefined) return found;
  }
  return null;
}

/** The columns a file's header suggests, by common names in any case. */
export function guessColumns(columns: readonly string[]): CsvColumns {
  const lat = find(columns, names.lat);
  const lon = find(columns, names.lon);
  const wkt = find(columns, names.wkt);
  const position: CsvPosition | null =
    lat !== null && lon !== null
      ? { kind: "lat-lon", lat, lon }
      : wkt !== null
        ? { kind: "wkt", column: wkt }
        : null;
  const id = find(columns, names.id);
  const time = find(columns, names.time);
  return { position, id, time, keepPoints: true };
}

/** The columns the position uses, so that they are not repeated as properties. */
export function positionColumns(position: CsvPosition | null): string[] {
  if (position === null) return [];
  return position.kind === "lat-lon" ? [position.lat, position.lon] : [position.column];
}
