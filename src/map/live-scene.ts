import type { Map as MaplibreMap } from "maplibre-gl";
import type { FeatureStateEntry, Scene } from "../symbology/scene.ts";

/**
 * The live map's scene as it stands: its camera and global state, and the feature states its style does not
 * carry (`featureStates`, e.g. the hidden ones). Read at once, so a pan during the export changes nothing.
 */
export function liveScene(live: MaplibreMap, featureStates: readonly FeatureStateEntry[]): Scene {
  const center = live.getCenter();
  return {
    camera: {
      center: [center.lng, center.lat],
      zoom: live.getZoom(),
      bearing: live.getBearing(),
      pitch: live.getPitch(),
    },
    globalState: live.getGlobalState(),
    layerVisibility: {},
    featureStates,
  };
}
