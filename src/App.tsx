import type { Map as MaplibreMap } from "maplibre-gl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ExportContext } from "./export/briefing-export.ts";
import { defaultCaveat } from "./export/caveat.ts";
import { loadBriefingExport } from "./export/load-export.ts";
import { figureAndResponseLines, sourceList } from "./export/source-list.ts";
import { useImportedLayers } from "./import/use-imported-layers.ts";
import { useRevealImported } from "./import/use-reveal-imported.ts";
import { DataLayerController } from "./map/data-layer-controller.ts";
import { MapView } from "./map/MapView.tsx";
import { addMapImages } from "./map/map-images.ts";
import { useLayersOnMap } from "./map/use-layers-on-map.ts";
import { useMapInteraction } from "./map/use-map-interaction.ts";
import { filterValuesOf } from "./state/app-state.ts";
import type { PreparedLayer } from "./state/prepared-layer.ts";
import { useAppStore } from "./state/use-app-store.ts";
import { useBundledLayers } from "./state/use-bundled-layers.ts";
import { basemapAttribution } from "./symbology/basemap-layers.ts";
import { passesFilter } from "./symbology/filter-expression.ts";
import { groupOrder, layerGroups, roleOfGroup } from "./symbology/groups.ts";
import { legendModel } from "./symbology/legend-model.ts";
import { useTour } from "./tour/use-tour.ts";
import { DataProblems } from "./ui/DataProblems.tsx";
import { DropOverlay } from "./ui/DropOverlay.tsx";
import { ExportDialog } from "./ui/ExportDialog.tsx";
import { FeatureDetails } from "./ui/FeatureDetails.tsx";
import { FeatureList } from "./ui/FeatureList.tsx";
import { FeaturePicker } from "./ui/FeaturePicker.tsx";
import { FilterPanel } from "./ui/FilterPanel.tsx";
import { ImportPanel } from "./ui/ImportPanel.tsx";
import { LayerPanel } from "./ui/LayerPanel.tsx";
import { Legend } from "./ui/Legend.tsx";
import { TourPanel } from "./ui/TourPanel.tsx";
import { useFileDrop } from "./ui/use-file-drop.ts";

const emptyLayers: PreparedLayer[] = [];

export function App() {
  const bundled = useBundledLayers();
  const imports = useImportedLayers(bundled);
  const bundledLayers = bundled.status === "loaded" ? bundled.layers : emptyLayers;
  const layers = useMemo(
    () => (imports.layers.length > 0 ? [...bundledLayers, ...imports.layers] : bundledLayers),
    [bundledLayers, imports.layers],
  );
  const { store, state } = useAppStore(layers);
  useRevealImported(store, layers, imports);
  const dragging = useFileDrop(imports.importFiles);
  const [controller, setController] = useState<DataLayerController | null>(null);
  const [picking, setPicking] = useState<string[] | null>(null);
  const mapRef = useRef<MaplibreMap | null>(null);
  const [exporting, setExporting] = useState(false);
  const [presentation, setPresentation] = useState(false);

  useEffect(() => {
    if (!presentation) return;
    const leave = (event: KeyboardEvent) => {
      if (event.key === "Escape") setPresentation(false);
    };
    window.addEventListener("keydown", leave);
    return () => window.removeEventListener("keydown", leave);
  }, [presentation]);

  const onMapLoad = useCallback((map: MaplibreMap) => {
    mapRef.current = map;
    addMapImages(map, "#7a5195");
    setController(new DataLayerController(map));
  }, []);

  // Data reaches the map once both are there, whichever comes first; imported layers come and go later.
  const layersOnMap = useLayersOnMap(controller, bundled.status === "loaded" ? layers : null);

  const filterValues = useMemo(() => filterValuesOf(state), [state]);
  useEffect(() => {
    if (!controller || !layersOnMap) return;
    controller.setVisible(state.visibleLayers);
  }, [controller, layersOnMap, state.visibleLayers]);
  useEffect(() => {
    if (!controller || !layersOnMap) return;
    controller.setFilters(filterValues);
  }, [controller, layersOnMap, filterValues]);

  const records = useMemo(() => layers.flatMap((layer) => layer.records), [layers]);
  const recordById = useMemo(() => new Map(records.map((record) => [record.id, record])), [records]);
  const selected = state.selected ? recordById.get(state.selected) : undefined;

  useEffect(() => {
    if (!controller || !layersOnMap) return;
    controller.setSelected(selected ? { source: selected.layerId, id: selected.id } : null);
  }, [controller, layersOnMap, selected]);

  const select = useCallback(
    (id: string | null) => {
      setPicking(null);
      store.update((current) => (current.selected === id ? current : { ...current, selected: id }));
    },
    [store],
  );

  useMapInteraction(controller, layersOnMap, {
    onPick: (ids) => {
      if (ids.length === 1) select(ids[0] ?? null);
      else setPicking(ids);
    },
    onEmptyClick: () => {
      setPicking(null);
      select(null);
    },
  });

  const visibleFiltered = useMemo(
    () =>
      layers.map((layer) => ({
        layer,
        matching: layer.collection.features.filter((feature) =>
          passesFilter(feature.properties ?? {}, filterValues),
        ),
      })),
    [layers, filterValues],
  );
  const listed = useMemo(() => {
    const ids = new Set(
      visibleFiltered
        .filter(({ layer }) => state.visibleLayers.has(layer.id) && layer.kind !== "places")
        .flatMap(({ matching }) => matching.map((feature) => String(feature.properties?.id))),
    );
    return records.filter((record) => ids.has(record.id));
  }, [visibleFiltered, records, state.visibleLayers]);

  const groups = layerGroups
    .map((group) => ({
      group: group.id,
      title: group.title,
      layers: visibleFiltered
        .filter(({ layer }) => layer.group === group.id)
        .sort((a, b) => a.layer.order - b.layer.order)
        .map(({ layer, matching }) => ({
          id: layer.id,
          title: layer.title,
          color: layer.color,
          count: matching.length,
          total: layer.collection.features.length,
          visible: state.visibleLayers.has(layer.id),
        })),
    }))
    .filter((group) => group.layers.length > 0);

  const legend = legendModel(
    [...layers]
      .filter((layer) => state.visibleLayers.has(layer.id))
      .sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || a.order - b.order)
      .map((layer) => ({
        id: layer.id,
        title: layer.title,
        color: layer.color,
        kind: layer.kind,
        role: roleOfGroup(layer.group),
      })),
    {
      hasUnsourced: layers.some(
        (layer) =>
          layer.imported &&
          state.visibleLayers.has(layer.id) &&
          layer.records.some((record) => record.unsourced),
      ),
    },
  );

  const focus = useCallback(
    (id: string) => {
      select(id);
      const record = recordById.get(id);
      const map = mapRef.current;
      if (record && map) {
        const [west, south, east, north] = record.bounds;
        map.fitBounds(
          [
            [west, south],
            [east, north],
          ],
          { padding: 80, maxZoom: 7, duration: 600 },
        );
      }
    },
    [recordById, select],
  );

  const visibleTitles = legend.layers.map((layer) => layer.title);
  const filterText = [
    state.range.from || state.range.to
      ? `period ${state.range.from ?? "start"} to ${state.range.to ?? "now"}`
      : "all dates",
    state.minimumConfidence === "any" ? "any confidence" : `confidence ${state.minimumConfidence} and above`,
  ].join("; ");
  const today = new Date().toISOString().slice(0, 10);
  const briefingContext = (map: MaplibreMap): ExportContext => {
    // The picture copies the live style now: labels must not wait for the map's next idle.
    controller?.settleLabels();
    return briefingContextOf(map);
  };
  const briefingContextOf = (map: MaplibreMap): ExportContext => ({
    map,
    prepareMap: (offscreen) => addMapImages(offscreen, "#7a5195"),
    legend,
    attribution: `${basemapAttribution}; map by MapLibre`,
    sourcesFor: (ids, options) =>
      sourceList(
        records.filter((record) => ids.has(record.id)),
        options,
      ),
    figuresFor: (ids) => figureAndResponseLines(records.filter((record) => ids.has(record.id))),
    provenance: { layers: visibleTitles, filters: filterText, link: window.location.href },
    featureStates: controller?.hiddenFeatureStates() ?? [],
  });
  const tour = useTour({ bundled, store, state, controller, ready: layersOnMap, briefingContext });

  return (
    <div className={presentation ? "app presentation" : "app"}>
      <aside className="sidebar" aria-label="Layers, filters and legend">
        <header>
          <h1>Alleged DPRK → Russia supply routes</h1>
          <p className="caveat">
            Routes and flows as alleged in open sources. Click a line or marker for its sourcing.
          </p>
          <div className="toolbar">
            <button type="button" onClick={() => setExporting(true)} disabled={!layersOnMap}>
              Export…
            </button>
            <button type="button" onClick={() => setPresentation(true)}>
              Presentation mode
            </button>
            {tour.available && (
              <button type="button" onClick={tour.start}>
                Start tour
              </button>
            )}
          </div>
        </header>
        <LayerPanel
          groups={groups}
          onToggle={(id, visible) =>
            store.update((current) => {
              const next = new Set(current.visibleLayers);
              if (visible) next.add(id);
              else next.delete(id);
              return { ...current, visibleLayers: next };
            })
          }
          onShowAll={() =>
            store.update((current) => ({ ...current, visibleLayers: new Set(layers.map((l) => l.id)) }))
          }
          onHideAll={() => store.update((current) => ({ ...current, visibleLayers: new Set() }))}
        />
        {bundled.status === "loaded" && (
          <FilterPanel
            bounds={bundled.dateBounds}
            range={state.range}
            minimumConfidence={state.minimumConfidence}
            onRange={(range) => store.update((current) => ({ ...current, range }))}
            onMinimumConfidence={(minimumConfidence) =>
              store.update((current) => ({ ...current, minimumConfidence }))
            }
          />
        )}
        <Legend model={legend} />
        <FeatureList features={listed} selected={state.selected} onSelect={focus} />
        <ImportPanel imports={imports} layers={layers} today={today} />
      </aside>
      <main className="map-column" aria-label="Map">
        <MapView onMapLoad={onMapLoad} dataLoaded={layersOnMap} />
        {dragging && <DropOverlay />}
        {tour.panel && <TourPanel {...tour.panel} />}
        {bundled.problems.length > 0 && <DataProblems problems={bundled.problems} />}
        {presentation && (
          <button type="button" className="leave-presentation" onClick={() => setPresentation(false)}>
            Leave presentation mode (Esc)
          </button>
        )}
      </main>
      {exporting && mapRef.current && (
        <ExportDialog
          defaults={{
            title: "Alleged North Korea → Russia supply routes",
            subtitle: `${visibleTitles.length} layers · ${filterText}`,
            caveat: defaultCaveat,
            dateStamp: today,
          }}
          onClose={() => setExporting(false)}
          onExport={async (request) => {
            const { exportBriefing } = await loadBriefingExport();
            const map = mapRef.current;
            if (!map) throw new Error("The map is not ready");
            return exportBriefing(request, briefingContext(map));
          }}
          onPrepare={(request) => {
            void loadBriefingExport().then(({ prepareBriefing, discardPreparedBriefing }) => {
              const map = mapRef.current;
              if (request && map) prepareBriefing(request, briefingContext(map));
              else discardPreparedBriefing();
            });
          }}
        />
      )}
      {(selected || picking) && (
        <aside className="details-column" aria-label="Sourcing">
          {picking ? (
            <FeaturePicker
              features={picking.flatMap((id) => recordById.get(id) ?? [])}
              onPick={select}
              onClose={() => setPicking(null)}
            />
          ) : (
            selected && <FeatureDetails feature={selected} onClose={() => select(null)} />
          )}
        </aside>
      )}
    </div>
  );
}
