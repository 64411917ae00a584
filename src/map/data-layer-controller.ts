import type { FeatureCollection } from "geojson";
import type {
  GeoJSONSource,
  LayerSpecification,
  MapGeoJSONFeature,
  Map as MaplibreMap,
  MapMouseEvent,
} from "maplibre-gl";
import {
  idsWithRole,
  kindOrder,
  type LayerKind,
  partOf,
  type StyledLayer,
  styleLayersFor,
} from "../symbology/data-layers.ts";
import { type FilterValues, globalState, unfilteredValues } from "../symbology/filter-expression.ts";
import {
  type FilterableFeature,
  hiddenChanges,
  hiddenIds,
  hiddenState,
  matchingIds,
} from "../symbology/hidden-state.ts";
import { provisionalStyleLayers } from "../symbology/provisional-layers.ts";
import type { FeatureStateEntry, Scene, SceneCamera } from "../symbology/scene.ts";
import {
  isSourceMarkerLayer,
  type SourceMarkerLabels,
  sourceMarkerLayers,
  sourceMarkerState,
} from "../symbology/source-markers.ts";

export type MapDataLayer = StyledLayer & {
  /** GeoJSON, or the URL MapLibre's worker reads it from (`imported-data:` for an imported file). */
  data: FeatureCollection | string;
  /**
   * Further kinds whose style layers draw this source too. An imported file may mix points, lines and polygons;
   * each kind's layers filter on geometry type and their ids differ, so they share one source.
   */
  alsoDrawnAs?: readonly LayerKind[];
  /** MapLibre's simplification tolerance in pixels (its default is 0.375); higher draws big files faster. */
  tolerance?: number;
  /** Every feature's id and the properties the filters read: hiding is decided here, not in the style. */
  features: readonly FilterableFeature[];
  /** A file drawn from its raw bytes while it is checked: plain style, no labels, nothing to click. */
  provisional?: boolean;
};

type Target = { source: string; id: string };

type BuiltLayer = { specs: LayerSpecification[]; labels: string[]; interactive: string[] };

/** A layer's style layers, built once (not on every hover or label update), with their ids by role. */
const built = new WeakMap<MapDataLayer, BuiltLayer>();

function builtOf(layer: MapDataLayer): BuiltLayer {
  let found = built.get(layer);
  if (!found) {
    const specs = layer.provisional
      ? provisionalStyleLayers(layer.id, layer.color)
      : [layer.kind, ...(layer.alsoDrawnAs ?? [])].flatMap((kind) => styleLayersFor({ ...layer, kind }));
    found = {
      specs,
      labels: idsWithRole(specs, "colliding-label"),
      interactive: idsWithRole(specs, "interactive"),
    };
    built.set(layer, found);
  }
  return found;
}

function styleLayersOf(layer: MapDataLayer): LayerSpecification[] {
  return builtOf(layer).specs;
}

function collidingLabelIdsOf(layer: MapDataLayer): string[] {
  return builtOf(layer).labels;
}

function interactiveIdsOf(layer: MapDataLayer): string[] {
  return builtOf(layer).interactive;
}

/**
 * Adds, shows and hides the data layers on a map. A feature hidden by its layer's toggle or by the filters gets
 * the `hidden` feature state, which the style draws transparent: a repaint, where a change of `visibility` or of
 * a filter makes MapLibre re-tile the whole source (140–300 ms here with software WebGL). Labels that collide
 * must also leave the collision index, so once the map has drawn the change, their `visibility` and the
 * style's global state (which their filter reads) follow. Hover and selection are feature state too (the
 * sources promote the `id` property).
 *
 * It remembers what it was asked for (layers, visibility, filters, selection), because while the WebGL context
 * is lost MapLibre has no style to change; on restore it re-applies all of it (MapLibre restores layers and
 * sources from a snapshot, but not global state or feature state).
 */
export class DataLayerController {
  private readonly layers = new Map<string, MapDataLayer>();
  private hovered: Target | null = null;
  private selected: Target | null = null;
  private highlighted: readonly Target[] = [];
  private visible: ReadonlySet<string> | null = null;
  private filters: FilterValues | null = null;
  private matching: ReadonlyMap<string, ReadonlySet<string>> | null = null;
  /** The ids that have the hidden state on the map, per source. */
  private readonly hidden = new Map<string, ReadonlySet<string>>();
  private labelsPending = false;
  private contextLost = false;
  /** Footnote labels by feature id while source numbers are shown; null when they are not. */
  private sourceMarkers: SourceMarkerLabels | null = null;
  /** Every source ever drawn provisionally: an error of one may arrive after it has left the map. */
  private readonly provisionalSources = new Set<string>();

  constructor(readonly map: MaplibreMap) {
    // A file being checked may not parse at all: its check says so, naming the file; MapLibre's own error would
    // only repeat it in the console. Every other error is logged as MapLibre logs it when nobody listens.
    map.on("error", (event: { error?: unknown; sourceId?: string }) => {
      if (!this.isProvisionalSource(event.sourceId)) console.error(event.error);
    });
    map.on("webglcontextlost", () => {
      this.contextLost = true;
    });
    // MapLibre rebuilds the style from its snapshot on restore, a frame later: changes wait for that style
    // ("style.load"; or the first "idle", which comes only with a loaded style, should the load come first).
    map.on("webglcontextrestored", () => {
      let resumed = false;
      const resume = () => {
        if (resumed) return;
        resumed = true;
        this.map.off("style.load", resume);
        this.map.off("idle", resume);
        this.contextLost = false;
        this.reapply();
      };
      if (this.map.isStyleLoaded()) resume();
      else {
        this.map.once("style.load", resume);
        this.map.once("idle", resume);
      }
    });
  }

  /** A source drawn provisionally that is still so, or has left the map (a late error of a refused file). */
  private isProvisionalSource(id: string | undefined): boolean {
    if (id === undefined || !this.provisionalSources.has(id)) return false;
    return this.layers.get(id)?.provisional ?? true;
  }

  /** Whether the map has a style to change (it has none while the WebGL context is lost). */
  private get usable(): boolean {
    return !this.contextLost && Boolean(this.map.style);
  }

  /**
   * Adds every layer in drawing order above the basemap: by kind, context under flows, and within those the first
   * in the manifest on top (the munitions flow over the return flow where they share the rail crossing).
   */
  addLayers(layers: MapDataLayer[]): void {
    const roleRank = (layer: MapDataLayer) => (layer.role === "context" ? 0 : 1);
    const sorted = [...layers]
      .reverse()
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || roleRank(a) - roleRank(b));
    for (const layer of sorted) this.addLayer(layer);
  }

  /** Makes the map hold exactly these layers: adds the new ones, removes those no longer listed. */
  syncLayers(layers: MapDataLayer[]): void {
    const wanted = new Set(layers.map((layer) => layer.id));
    for (const id of [...this.layers.keys()]) if (!wanted.has(id)) this.removeLayer(id);
    // A layer that comes again with other data (the analyst's saved edits) keeps its style and gets the data.
    for (const layer of layers) {
      const current = this.layers.get(layer.id);
      if (current?.provisional && !layer.provisional) {
        this.promote(current, layer);
        continue;
      }
      if (!current || current.data === layer.data) continue;
      this.layers.set(layer.id, { ...current, data: layer.data, features: layer.features });
      if (this.usable) (this.map.getSource(layer.id) as GeoJSONSource | undefined)?.setData(layer.data);
      this.changed();
    }
    this.addLayers(layers.filter((layer) => !this.layers.has(layer.id)));
  }

  /**
   * A checked file takes the place of its provisional drawing without a gap: the source gets the prepared data
   * (MapLibre keeps drawing the raw data until it has parsed it), then the full style replaces the provisional
   * one. A source made with another simplification is made again.
   */
  private promote(provisional: MapDataLayer, layer: MapDataLayer): void {
    this.layers.set(layer.id, layer);
    if (!this.usable) return;
    const source = this.map.getSource(layer.id) as GeoJSONSource | undefined;
    if (!source || provisional.tolerance !== layer.tolerance) {
      if (source) this.removeStyleOf(layer.id);
      this.draw(layer);
      return;
    }
    const swapStyle = () => {
      if (this.layers.get(layer.id) !== layer || !this.usable || !this.map.getSource(layer.id)) return;
      for (const style of styleLayersOf(provisional))
        if (this.map.getLayer(style.id)) this.map.removeLayer(style.id);
      this.draw(layer);
    };
    source.setData(layer.data).then(swapStyle, swapStyle);
    this.changed();
  }

  addLayer(layer: MapDataLayer): void {
    this.layers.set(layer.id, layer);
    if (layer.provisional) this.provisionalSources.add(layer.id);
    if (this.usable) this.draw(layer);
  }

  private draw(layer: MapDataLayer): void {
    if (!this.map.getSource(layer.id)) {
      const tolerance = layer.tolerance === undefined ? {} : { tolerance: layer.tolerance };
      this.map.addSource(layer.id, { type: "geojson", data: layer.data, promoteId: "id", ...tolerance });
      this.hidden.delete(layer.id);
    }
    // Places stay on top of everything; other kinds go under the first places layer.
    const before = layer.kind === "places" ? undefined : this.firstLayerOfKind("places");
    const labels = new Set(collidingLabelIdsOf(layer));
    const labelVisibility = this.isShown(layer.id) ? "visible" : "none";
    for (const style of styleLayersOf(layer)) {
      if (this.map.getLayer(style.id)) continue;
      const visibility = labels.has(style.id) ? labelVisibility : "visible";
      const layout = { ...("layout" in style ? style.layout : {}), visibility };
      // Shields lie under every data layer: placed after all the data's labels, before the basemap's towns.
      const target = partOf(style)?.part === "shield" ? this.lowestDataLayerId() : before;
      this.map.addLayer({ ...style, layout } as LayerSpecification, target);
    }
    this.applyHidden([layer]);
    if (this.sourceMarkers) this.drawSourceMarkers([layer.id]);
  }

  private drawSourceMarkers(sources: readonly string[]): void {
    for (const source of sources) {
      for (const style of sourceMarkerLayers(source))
        if (!this.map.getLayer(style.id)) this.map.addLayer(style);
    }
  }

  /**
   * Shows each feature's source numbers beside it (labels by feature id), or none. On screen the markers give
   * way to each other and to the labels: zooming in shows the ones that found no room.
   */
  setSourceMarkers(labels: SourceMarkerLabels | null): void {
    this.sourceMarkers = labels;
    if (!this.usable) return;
    if (labels) {
      this.drawSourceMarkers([...this.layers.keys()]);
      this.map.setGlobalStateProperty(sourceMarkerState.placed, labels);
    } else {
      for (const style of this.map.getStyle().layers) {
        if (isSourceMarkerLayer(style.id)) this.map.removeLayer(style.id);
      }
    }
    this.changed();
  }

  private isShown(id: string): boolean {
    return !this.visible || this.visible.has(id);
  }

  removeLayer(id: string): void {
    const layer = this.layers.get(id);
    if (!layer) return;
    this.layers.delete(id);
    this.hidden.delete(id);
    if (this.hovered?.source === id) this.hovered = null;
    if (this.selected?.source === id) this.selected = null;
    if (!this.usable) return;
    if (this.map.getSource(id)) this.removeStyleOf(id);
    this.changed();
  }

  setData(id: string, data: FeatureCollection | string): void {
    const layer = this.layers.get(id);
    if (!layer) return;
    layer.data = data;
    if (this.usable) (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
  }

  /** The lowest layer above the basemap (whose layer ids all start with `basemap-`). */
  private lowestDataLayerId(): string | undefined {
    return this.map.getLayersOrder().find((id) => !id.startsWith("basemap-"));
  }

  private firstLayerOfKind(kind: StyledLayer["kind"]): string | undefined {
    for (const layer of this.layers.values()) {
      if (layer.kind !== kind) continue;
      const first = styleLayersOf(layer)[0]?.id;
      if (first && this.map.getLayer(first)) return first;
    }
    return undefined;
  }

  /**
   * Shows the `visible` layers' features that `matching` lists for their layer (null: every feature), and gives
   * the labels the filters' global state. The caller evaluates the filters once, for its counts and list too.
   */
  setShown(shown: {
    visible: ReadonlySet<string>;
    filters: FilterValues | null;
    matching: ReadonlyMap<string, ReadonlySet<string>> | null;
  }): void {
    this.visible = shown.visible;
    this.filters = shown.filters;
    this.matching = shown.matching;
    if (!this.usable) return;
    this.applyHidden(this.layers.values());
    this.scheduleLabels();
  }

  private applyHidden(layers: Iterable<MapDataLayer>): void {
    for (const layer of layers) {
      if (!this.map.getSource(layer.id)) continue;
      const next = hiddenIds(layer.features, this.isShown(layer.id), this.matching?.get(layer.id) ?? null);
      for (const { id, hidden } of hiddenChanges(this.hidden.get(layer.id) ?? new Set(), next)) {
        this.map.setFeatureState({ source: layer.id, id }, { [hiddenState]: hidden });
      }
      this.hidden.set(layer.id, next);
    }
    this.changed();
  }

  /** Labels follow on the next idle: the change is on screen first, the (re-tiling) label update after it. */
  private scheduleLabels(): void {
    if (this.labelsPending) return;
    this.labelsPending = true;
    this.map.once("idle", () => {
      this.labelsPending = false;
      this.settleLabels();
    });
  }

  /**
   * Gives colliding labels the visibility of their layer and the filters' global state now. Exports call it,
   * as they copy the style straight away.
   */
  settleLabels(): void {
    if (!this.usable) return;
    let changed = false;
    for (const layer of this.layers.values()) {
      const value = this.isShown(layer.id) ? "visible" : "none";
      for (const id of collidingLabelIdsOf(layer)) {
        if (!this.map.getLayer(id) || this.map.getLayoutProperty(id, "visibility") === value) continue;
        this.map.setLayoutProperty(id, "visibility", value);
        changed = true;
      }
    }
    const current = this.map.getGlobalState();
    for (const [name, value] of Object.entries(globalState(this.filters ?? unfilteredValues))) {
      if (current[name] === value) continue;
      this.map.setGlobalStateProperty(name, value);
      changed = true;
    }
    if (changed) this.changed();
  }

  /** The hidden state of every hidden feature, for a map drawn from this one's style (an export). */
  hiddenFeatureStates(): FeatureStateEntry[] {
    return [...this.hidden].flatMap(([source, ids]) =>
      [...ids].map((id) => ({ source, id, state: { [hiddenState]: true } })),
    );
  }

  /**
   * The scene a map drawn from this one's style needs to show `visible` layers through `filters`, with
   * `highlighted` features emphasised, at `camera`: computed, nothing on this map changes.
   */
  sceneFor(
    visible: ReadonlySet<string>,
    filters: FilterValues,
    highlighted: readonly Target[],
    camera: SceneCamera,
  ): Scene {
    const layerVisibility: Scene["layerVisibility"] = {};
    const featureStates: FeatureStateEntry[] = [];
    for (const layer of this.layers.values()) {
      const shown = visible.has(layer.id);
      for (const id of collidingLabelIdsOf(layer)) layerVisibility[id] = shown ? "visible" : "none";
      for (const id of hiddenIds(layer.features, shown, matchingIds(layer.features, filters))) {
        featureStates.push({ source: layer.id, id, state: { [hiddenState]: true } });
      }
    }
    for (const target of highlighted) featureStates.push({ ...target, state: { highlight: true } });
    return { camera, globalState: globalState(filters), layerVisibility, featureStates };
  }

  /** After a context restore: the layers added meanwhile, then visibility, filters and selection again. */
  private reapply(): void {
    if (!this.usable) return;
    // The restored sources start without feature state.
    this.hidden.clear();
    const layers = [...this.layers.values()];
    this.addLayers(layers.filter((layer) => !this.map.getSource(layer.id)));
    // A file whose check passed while the context was lost: the snapshot still has its provisional style.
    for (const layer of layers) {
      if (layer.provisional) continue;
      const leftover = provisionalStyleLayers(layer.id, layer.color).filter((style) =>
        this.map.getLayer(style.id),
      );
      if (leftover.length === 0) continue;
      for (const style of leftover) this.map.removeLayer(style.id);
      (this.map.getSource(layer.id) as GeoJSONSource | undefined)?.setData(layer.data);
      this.draw(layer);
    }
    for (const source of Object.keys(this.map.getStyle().sources)) {
      const known = this.layers.has(source) || source.startsWith("basemap-");
      if (!known) this.removeStyleOf(source);
    }
    this.applyHidden(this.layers.values());
    this.setSourceMarkers(this.sourceMarkers);
    this.settleLabels();
    const selected = this.selected;
    this.selected = null;
    this.setSelected(selected);
    const highlighted = this.highlighted;
    this.highlighted = [];
    this.setHighlighted(highlighted);
  }

  /** Removes a source the snapshot restored although its layer was removed while the context was lost. */
  private removeStyleOf(source: string): void {
    for (const style of this.map.getStyle().layers) {
      if ("source" in style && style.source === source) this.map.removeLayer(style.id);
    }
    this.map.removeSource(source);
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
    if (!this.usable) return [];
    return [...this.layers.values()].flatMap((layer) =>
      interactiveIdsOf(layer).filter((id) => this.map.getLayer(id)),
    );
  }

  /** Distinct features under a point, with a few pixels of slack so thin dotted lines can be hit. */
  featuresAt(event: MapMouseEvent, slack = 5): MapGeoJSONFeature[] {
    if (!this.usable) return [];
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
      if (feature.state?.[hiddenState]) return false;
      const id = String(feature.properties.id ?? feature.id);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }

  setHovered(target: Target | null): void {
    this.swapState("hover", this.hovered, target);
    this.hovered = target;
  }

  setSelected(target: Target | null): void {
    if (this.usable) this.swapState("selected", this.selected, target);
    this.selected = target;
    if (this.usable) this.changed();
  }

  /** The features a briefing tour step is about (the `highlight` feature state). */
  setHighlighted(targets: readonly Target[]): void {
    if (targets.length === 0 && this.highlighted.length === 0) return;
    if (this.usable) {
      for (const target of this.highlighted) {
        if (this.map.getSource(target.source)) this.map.setFeatureState(target, { highlight: false });
      }
      for (const target of targets) {
        if (this.map.getSource(target.source)) this.map.setFeatureState(target, { highlight: true });
      }
      this.changed();
    }
    this.highlighted = targets;
  }

  private swapState(key: string, previous: Target | null, next: Target | null): void {
    if (!this.usable) return;
    if (previous && this.map.getSource(previous.source)) {
      this.map.setFeatureState(previous, { [key]: false });
    }
    if (next && this.map.getSource(next.source)) this.map.setFeatureState(next, { [key]: true });
  }
}
