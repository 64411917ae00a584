/**
 * Loaded on first use, never with the page: the PMTiles reader when an archive is opened or one is remembered,
 * and the schema check of a clicked tile feature (the page runs no schema code at start).
 */
export function loadArchiveOpener() {
  return import("./open-archive.ts");
}

export function loadTileRecord() {
  return import("./tile-record.ts");
}
