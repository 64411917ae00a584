/*
 * Loaded into MapLibre's workers with `importScriptInWorkers` (a plain module, not bundled: keep it
 * self-contained). It lets the worker read an imported file's `imported-data://map/<uuid>` URL from the page's
 * blob: URL itself, so the GeoJSON is parsed and indexed off the main thread. See imported-data-url.ts.
 */
self.addProtocol("imported-data", async (request, abortController) => {
  const uuid = request.url.slice(request.url.lastIndexOf("/") + 1);
  const response = await fetch(`blob:${self.location.origin}/${uuid}`, { signal: abortController.signal });
  if (!response.ok) throw new Error(`The imported data could not be read (${response.status})`);
  return { data: await response.json() };
});
