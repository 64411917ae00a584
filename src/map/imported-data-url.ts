/*
 * An imported file's map data is a blob: URL made by this page. MapLibre hands any URL that is not http(s) from
 * its worker to the page, which would fetch it, parse it and copy it back: seconds of main thread for 100,000
 * features. A URL of our own scheme is fetched, parsed and indexed by MapLibre's worker itself
 * (`imported-data-worker.mjs`); the page answers it too, more slowly, should that script not have loaded.
 */

export const importedDataScheme = "imported-data";

/**
 * `blob:<origin>/<uuid>` as `imported-data://map/<uuid>`, or `imported-data://geometry/<uuid>` for a file drawn
 * while it is checked (its features' geometry only); other URLs are left as they are.
 */
export function importedDataUrl(blobUrl: string, kind: "map" | "geometry" = "map"): string {
  const match = /^blob:.+\/([^/]+)$/.exec(blobUrl);
  return match ? `${importedDataScheme}://${kind}/${match[1]}` : blobUrl;
}
