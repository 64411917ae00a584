import type { LngLatBoundsLike } from "maplibre-gl";

/** The Korean peninsula and the Russian Far East, Pyongyang to the Vostochny Cosmodrome. */
export const initialBounds: LngLatBoundsLike = [
  [122.5, 37.0],
  [141.5, 52.4],
];
