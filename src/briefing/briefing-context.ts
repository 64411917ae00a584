import type { Map as MaplibreMap } from "maplibre-gl";
import type { ExportContext } from "../export/briefing-export.ts";
import { withBasemapDetail } from "../map/basemap-detail.ts";
import { addMapImages } from "../map/map-images.ts";
import type { AppState } from "../state/app-state.ts";
import type { FeatureRecord } from "../state/feature-record.ts";
import { filterDescription } from "../state/filter-description.ts";
import { legendFor } from "../state/legend-for.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import { basemapAttribution } from "../symbology/basemap-layers.ts";
import type { LegendLayer } from "../symbology/legend-model.ts";
import { withoutProvisional } from "../symbology/provisional-layers.ts";
import type { Scene } from "../symbology/scene.ts";

/** A state to picture: the app's as it stands, or a tour step's, with the scene the map would show for it. */
export type BriefingView = {
  state: AppState;
  visible: ReadonlySet<string>;
  /** The link that opens this view. */
  link: string;
  scene: Scene;
};

/** Everything the briefing export needs to picture `view`, read from the data, never from the screen. */
export function briefingContextOf(
  map: MaplibreMap,
  layers: readonly PreparedLayer[],
  records: readonly FeatureRecord[],
  view: BriefingView,
  drawnBesides: readonly LegendLayer[] = [],
): ExportContext {
  const legend = legendFor(layers, view.visible, drawnBesides);
  return {
    map,
    prepareMap: (offscreen) => addMapImages(offscreen),
    exportStyle: (extent) => withBasemapDetail(withoutProvisional(map.getStyle()), extent),
    legend,
    attribution: `${basemapAttribution}; map by MapLibre`,
    records,
    provenance: {
      layers: legend.layers.map((layer) => layer.title),
      filters: filterDescription(view.state),
      link: view.link,
    },
    scene: view.scene,
  };
}
