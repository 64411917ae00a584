import type { FeatureCollection } from "geojson";
import type { GeoJSONSource, MapGeoJSONFeature, Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import {
  interactiveLayerIds,
  kindOrder,
  type StyledLayer,
  styleLayersFor,
} from "../symbology/data-layers.ts";
import { type FilterValues, globalState } from "../symbology/filter-expression.ts";

export type MapDataLayer = StyledLayer & { collection: FeatureCollection };

/**
 * Adds, shows and hides the data layers on a map. Toggling changes `visibility` only; filters go through the
 * style's global state; hover and selection are feature state (the sources promote the `id` property).
 */
export class DataLayerController {
  private readonly layers = new Map<string, MapDataLayer>();
  private hovered: { source: string; id: string } | null = null;
  private selected: { source: string; id: string } | null = null;

  constructor(readonly map: MaplibreMap) {}

  /** Adds every layer in drawing order (by kind, then manifest order), above the basemap. */
  addLayers(layers: MapDataLayer[]): void {
    const sorted = [...layers].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
    for (const layer of sorted) this.addLayer(layer);
  }

  addLayer(layer: MapDataLayer): void {
    this.layers.set(layer.id, layer);
    if (!this.map.getSource(layer.id)) {
      this.map.addSource(layer.id, { type: "geojson", data: layer.collection, promoteId: "id" });
    }
    // Places stay on top of everything; other kinds go under the first places layer.
    const before = layer.kind === "places" ? undefined : this.firstLayerOfKind("places");
    for (const style of styleLayersFor(layer)) {
      if (!this.map.getLayer(style.id)) this.map.addLayer(style, before);
    }
  }

  removeLayer(id: string): void {
    const layer = this.layers.get(id);
    if (!layer) return;
    for (const style of styleLayersFor(layer))
      if (this.map.getLayer(style.id)) this.map.removeLayer(style.id);
    if (this.map.getSource(id)) this.map.removeSource(id);
    this.layers.delete(id);
  }

  setData(id: string, collection: FeatureCollection): void {
    const layer = this.layers.get(id);
    if (!layer) return;
    layer.collection = collection;
    (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(collection);
  }

  private firstLayerOfKind(kind: StyledLayer["kind"]): string | undefined {
    for (const layer of this.layers.values()) {
      if (layer.kind !== kind) continue;
      const first = styleLayersFor(layer)[0]?.id;
      if (first && this.map.getLayer(first)) return first;
    }
    return undefined;
  }

  setVisible(visible: ReadonlySet<string>): void {
    for (const layer of this.layers.values()) {
      const value = visible.has(layer.id) ? "visible" : "none";
      for (const style of styleLayersFor(layer)) {
        if (this.map.getLayoutProperty(style.id, "visibility") !== value) {
          this.map.setLayoutProperty(style.id, "visibility", value);
        }
      }
    }
    this.changed();
  }

  setFilters(values: FilterValues): void {
    for (const [name, value] of Object.entries(globalState(values))) {
      this.map.setGlobalStateProperty(name, value);
    }
    this.changed();
  }

  /**
   * The map is not "ready" again until it has drawn the change: tests and exports wait for the next idle.
   * `data-map-ready` is set back by MapView's idle handler.
   */
  private changed(): void {
    this.map.getContainer().removeAttribute("data-map-ready");
    this.map.triggerRepaint();
  }

  interactiveLayers(): string[] {
    return [...this.layers.values()].flatMap((layer) =>
      interactiveLayerIds(layer).filter((id) => this.map.getLayer(id)),
    );
  }

  /** Distinct features under a point, with a few pixels of slack so thin dotted lines can be hit. */
  featuresAt(event: MapMouseEvent, slack = 5): MapGeoJSONFeature[] {
    const { x, y } = event.point;
    const hits = this.map.queryRenderedFeatures(
      [
        [x - slack, y - slack],
        [x + slack, y + slack],
      ],
      { layers: this.interactiveLayers() },
    );
    const seen = new Set<string>();
    return hits.filter((feature) => {
      const id = String(feature.properties.id ?? feature.id);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }

  setHovered(target: { source: string; id: string } | null): void {
    this.swapState("hover", this.hovered, target);
    this.hovered = target;
  }

  setSelected(target: { source: string; id: string } | null): void {
    this.swapState("selected", this.selected, target);
    this.selected = target;
    this.changed();
  }

  private swapState(
    key: string,
    previous: { source: string; id: string } | null,
    next: typeof previous,
  ): void {
    if (previous && this.map.getSource(previous.source)) {
      this.map.setFeatureState(previous, { [key]: false });
    }
    if (next && this.map.getSource(next.source)) this.map.setFeatureState(next, { [key]: true });
  }
}
