/**
 * An imported GeoJSON file drawn straight from its bytes while its check runs. It has no records, takes no part
 * in the panels, the filters, the link or the exports, and becomes the imported layer of the same id once the
 * check passes, or leaves the map if the file is refused.
 */
export type ProvisionalLayer = {
  /** The imported layer's id to be. */
  id: string;
  color: string;
  fileName: string;
  /** A blob: URL of the file as it was chosen (MapLibre's worker reads it; the page never parses it). */
  mapData: string;
  /** Bytes: a large file is drawn with more simplification, as a large imported layer is. */
  size: number;
};
