/**
 * The one place for global MapLibre set-up. v6 under a bundler needs the worker URL set before any map is
 * created, or a production build never becomes idle (the worker 404s).
 */
import "maplibre-gl/dist/maplibre-gl.css";
import { addProtocol, importScriptInWorkers, prewarm, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { importedDataScheme } from "./imported-data-url.ts";
import { readImportedData } from "./imported-data-worker.mjs";
import importedDataWorkerUrl from "./imported-data-worker.mjs?url";

setWorkerUrl(workerUrl);
// The workers live as long as the page, not as long as a map: removing the last map (React's development
// double mount, a map rebuilt after a lost context, an export's offscreen map) would otherwise end them, and
// the script below with them.
prewarm();

// The workers read imported data themselves; the page answers only if that script failed to load. MapLibre sends
// the script again to any workers it starts later, so an abort (workers ended before they were made) is no failure.
importScriptInWorkers(new URL(importedDataWorkerUrl, window.location.href).href).catch((error: unknown) => {
  if (error instanceof Error && error.name === "AbortError") return;
  console.warn("Imported layers will load on the main thread:", error);
});
addProtocol(importedDataScheme, async (request, abortController) => ({
  data: await readImportedData(request.url, window.location.origin, abortController.signal),
}));
