import { lazy } from "react";

/**
 * The vector-tile feature is loaded once the map is ready (`useFirstReady`), never with the page: the first bytes
 * stay those of the map and its panels. Its PMTiles reader is a further chunk, loaded only when an archive is
 * opened or one is remembered.
 */
export const LazyTilesFeature = lazy(() => import("./TilesFeature.tsx"));
