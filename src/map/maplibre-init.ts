/**
 * The one place for global MapLibre set-up. v6 under a bundler needs the worker URL set before any map is
 * created, or a production build never becomes idle (the worker 404s).
 */
import "maplibre-gl/dist/maplibre-gl.css";
import { setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

setWorkerUrl(workerUrl);
