/*
 * An imported file's map data is a blob: URL made by this page. MapLibre hands any URL that is not http(s) from
 * its worker to the page, which would fetch it, parse it and copy it back: seconds of main thread for 100,000
 * features. A URL of our own scheme is fetched, parsed and indexed by MapLibre's worker itself
 * (`imported-data-worker.mjs`); the page answers it too, more slowly, should that script not have loaded.
 */

export const importedDataScheme = "imported-data";

/** `blob:<origin>/<uuid>` as `imported-data://map/<uuid>`; other URLs are left as they are. */
export function importedDataUrl(blobUrl: string): string {
  const match = /^blob:.+\/([^/]+)$/.exec(blobUrl);
  return match ? `${importedDataScheme}://map/${match[1]}` : blobUrl;
}

/** The blob: URL an `imported-data:` URL stands for, on a page of `origin`. */
export function blobUrlOf(url: string, origin: string): string {
  const uuid = url.slice(url.lastIndexOf("/") + 1);
  return `blob:${origin}/${uuid}`;
}
