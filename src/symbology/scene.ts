/** A feature state to set on a map drawn from another's style: `getStyle()` carries no feature state. */
export type FeatureStateEntry = { source: string; id: string; state: Record<string, boolean> };

export type SceneCamera = {
  center: [longitude: number, latitude: number];
  zoom: number;
  bearing: number;
  pitch: number;
};

/**
 * What a map shows beyond its style: the camera, the style's global state, the visibility of the labels that
 * follow their layer, and feature states. A tour step's picture is drawn offscreen from its scene, so the map on
 * screen is never moved to take it.
 */
export type Scene = {
  camera: SceneCamera;
  globalState: Record<string, unknown>;
  layerVisibility: Record<string, "visible" | "none">;
  featureStates: readonly FeatureStateEntry[];
};

/** A zoom and an extent [west, south, east, north]: what decides which deferred basemap files a view draws. */
export type ViewExtent = { zoom: number; bounds: [west: number, south: number, east: number, north: number] };
