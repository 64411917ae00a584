/*
 * Loaded into MapLibre's workers with `importScriptInWorkers` (a plain module, not bundled: keep it
 * self-contained). It lets the worker read an imported file's `imported-data://<kind>/<uuid>` URL from the page's
 * blob: URL itself, so the GeoJSON is parsed and indexed off the main thread. See imported-data-url.ts. The page
 * imports the same reader for its fallback.
 */

/**
 * A file drawn while it is checked (`imported-data://geometry/…`) keeps only its geometry: none of its unchecked
 * properties reaches a style, and MapLibre's index of it holds no more than it draws.
 */
export function geometryOnly(data) {
  if (data?.type !== "FeatureCollection" || !Array.isArray(data.features)) return data;
  return {
    type: "FeatureCollection",
    features: data.features.map((feature) => ({
      type: "Feature",
      geometry: feature?.geometry ?? null,
      properties: {},
    })),
  };
}

/** The GeoJSON an `imported-data:` URL stands for, read from the blob: URL of `origin`. */
export async function readImportedData(url, origin, signal) {
  const uuid = url.slice(url.lastIndexOf("/") + 1);
  const response = await fetch(`blob:${origin}/${uuid}`, { signal });
  if (!response.ok) throw new Error(`The imported data could not be read (${response.status})`);
  const data = await response.json();
  return url.startsWith("imported-data://geometry/") ? geometryOnly(data) : data;
}

// In MapLibre's workers only: the page registers its own handler (maplibre-init.ts).
if (typeof self.addProtocol === "function") {
  self.addProtocol("imported-data", async (request, abortController) => ({
    data: await readImportedData(request.url, self.location.origin, abortController.signal),
  }));
}
