import type { Map as MaplibreMap } from "maplibre-gl";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type BriefingView, briefingContextOf } from "./briefing/briefing-context.ts";
import { localIsoDate } from "./data/local-date.ts";
import { loadDeckExport } from "./deck/load-deck.ts";
import type { ExportContext } from "./export/briefing-export.ts";
import { defaultCaveat } from "./export/caveat.ts";
import { loadBriefingExport } from "./export/load-export.ts";
import { useImportedLayers } from "./import/use-imported-layers.ts";
import { useLocalEdits } from "./local-edits.ts";
import { DataLayerController } from "./map/data-layer-controller.ts";
import { liveScene } from "./map/live-scene.ts";
import { MapView } from "./map/MapView.tsx";
import { addMapImages } from "./map/map-images.ts";
import { useFirstReady } from "./map/use-first-ready.ts";
import { useLayersOnMap } from "./map/use-layers-on-map.ts";
import { useMapInteraction } from "./map/use-map-interaction.ts";
import { useRevealSelected } from "./map/use-reveal-selected.ts";
import { useSourceMarkers } from "./map/use-source-markers.ts";
import { useViewBounds } from "./map/use-view-bounds.ts";
import { PresentationBar } from "./presentation/PresentationBar.tsx";
import { usePresentation } from "./presentation/use-presentation.ts";
import {
  filterValuesOf,
  hideAllLayers,
  revealLayers,
  showAllLayers,
  toggleLayer,
} from "./state/app-state.ts";
import type { FeatureRecord } from "./state/feature-record.ts";
import { idsInView } from "./state/features-in-view.ts";
import { filterDescription } from "./state/filter-description.ts";
import { layerPanelGroups } from "./state/layer-panel-rows.ts";
import { legendFor } from "./state/legend-for.ts";
import type { BundledLayers } from "./state/load-bundled.ts";
import { mapSummary } from "./state/map-summary.ts";
import { markerLabels } from "./state/marker-labels.ts";
import { listedRecords, matchingFeatures } from "./state/matching-features.ts";
import type { PreparedLayer } from "./state/prepared-layer.ts";
import { SourceNumbering } from "./state/source-numbering.ts";
import { AppStore } from "./state/store.ts";
import { useAppStore } from "./state/use-app-store.ts";
import { useBundledLayers } from "./state/use-bundled-layers.ts";
import type { LegendLayer } from "./symbology/legend-model.ts";
import { splitArchives } from "./tiles/archive-checks.ts";
import { LazyTilesFeature } from "./tiles/lazy-tiles.ts";
import { useTour } from "./tour/use-tour.ts";
import { DataProblems } from "./ui/DataProblems.tsx";
import { DropOverlay } from "./ui/DropOverlay.tsx";
import { FeatureDetails } from "./ui/FeatureDetails.tsx";
import { FeatureList } from "./ui/FeatureList.tsx";
import { FeaturePicker } from "./ui/FeaturePicker.tsx";
import { FilterPanel } from "./ui/FilterPanel.tsx";
import { ImportPanel } from "./ui/ImportPanel.tsx";
import { LayerPanel } from "./ui/LayerPanel.tsx";
import { Legend } from "./ui/Legend.tsx";
import { ExportDialog, TourPanel } from "./ui/lazy-panels.tsx";
import { MapSummary } from "./ui/MapSummary.tsx";
import { PanelSheet } from "./ui/PanelSheet.tsx";
import { SourceNumbers } from "./ui/SourceNumbers.tsx";
import { SourcingSheet } from "./ui/SourcingSheet.tsx";
import { useEscapeCloses } from "./ui/use-escape-closes.ts";
import { useFileDrop } from "./ui/use-file-drop.ts";

const emptyLayers: PreparedLayer[] = [];

// The analyst's editor and its revision block load on first use: none of their code is in the page's first load.
const Editor = lazy(() => import("./editor/Editor.tsx"));
const LocalRevision = lazy(() => import("./editor/LocalRevision.tsx"));

export function App() {
  const shipped = useBundledLayers();
  // Saved edits, when there are any, replace the shipped data the map shows.
  const local = useLocalEdits();
  const bundled: BundledLayers = useMemo(
    () => (local.view ? { status: "loaded", ...local.view.prepared } : shipped),
    [local.view, shipped],
  );
  const [editing, setEditing] = useState<{ featureId: string | null } | null>(null);
  const [store] = useState(() => new AppStore());
  const revealImported = useCallback(
    (ids: readonly string[]) => store.update((current) => revealLayers(current, ids)),
    [store],
  );
  const imports = useImportedLayers(bundled, revealImported);
  const bundledLayers = bundled.status === "loaded" ? bundled.layers : emptyLayers;
  const layers = useMemo(
    () => (imports.layers.length > 0 ? [...bundledLayers, ...imports.layers] : bundledLayers),
    [bundledLayers, imports.layers],
  );
  const { state, visibleLayers } = useAppStore(store, layers);
  const [controller, setController] = useState<DataLayerController | null>(null);
  const [picking, setPicking] = useState<string[] | null>(null);
  const mapRef = useRef<MaplibreMap | null>(null);
  const [exporting, setExporting] = useState(false);
  const presentation = usePresentation();
  const [panelsOpen, setPanelsOpen] = useState(false);
  // How much of the map's bottom the sourcing sheet covers (a phone); the map keeps the selection above it.
  const [sheetInset, setSheetInset] = useState(0);

  const onMapLoad = useCallback((map: MaplibreMap) => {
    mapRef.current = map;
    addMapImages(map);
    setController(new DataLayerController(map));
  }, []);

  // Data reaches the map once both are there, whichever comes first; imported layers come and go later.
  const layersOnMap = useLayersOnMap(
    controller,
    bundled.status === "loaded" ? layers : null,
    imports.provisional,
  );

  const filterValues = useMemo(() => filterValuesOf(state), [state]);
  const matching = useMemo(() => matchingFeatures(layers, filterValues), [layers, filterValues]);
  useEffect(() => {
    if (!controller || !layersOnMap) return;
    controller.setShown({ visible: visibleLayers, filters: filterValues, matching });
  }, [controller, layersOnMap, visibleLayers, filterValues, matching]);

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
      // On a phone the panels give the map back: the sourcing opens as its own sheet.
      if (id) setPanelsOpen(false);
      store.update((current) => (current.selected === id ? current : { ...current, selected: id }));
    },
    [store],
  );

  useMapInteraction(controller, layersOnMap, {
    onPick: (ids) => {
      // While the editor is open, clicks on the map draw.
      if (editing) return;
      if (ids.length === 1) select(ids[0] ?? null);
      else setPicking(ids);
    },
    onEmptyClick: () => {
      if (editing) return;
      setPicking(null);
      select(null);
    },
  });

  const listed = useMemo(
    () => listedRecords(layers, visibleLayers, matching),
    [layers, visibleLayers, matching],
  );

  const groups = useMemo(
    () => layerPanelGroups(layers, visibleLayers, matching),
    [layers, visibleLayers, matching],
  );

  // Vector-tile layers are on the map while their archive is open: in both legends, the screen's and pictures'.
  const [tileLegend, setTileLegend] = useState<readonly LegendLayer[]>([]);
  const legend = useMemo(
    () => legendFor(layers, visibleLayers, tileLegend),
    [layers, visibleLayers, tileLegend],
  );
  const screenNumbers = useMemo(
    () => (state.sourceNumbers ? new SourceNumbering().number(listed) : null),
    [state.sourceNumbers, listed],
  );
  const screenMarkers = useMemo(() => (screenNumbers ? markerLabels(screenNumbers) : null), [screenNumbers]);
  useSourceMarkers(controller, layersOnMap, screenMarkers);
  const summary = mapSummary({ ...state, layerCount: legend.layers.length, features: listed });

  const liveMap = layersOnMap ? (controller?.map ?? null) : null;
  useRevealSelected(liveMap, selected?.bounds ?? null, sheetInset);
  const viewBounds = useViewBounds(liveMap);
  const mapReady = useFirstReady(liveMap);
  const importedColours = useMemo(() => imports.layers.map((layer) => layer.color), [imports.layers]);
  const [tileRecord, setTileRecord] = useState<FeatureRecord | null>(null);
  const openArchives = useRef<((files: readonly File[]) => void) | null>(null);
  const onArchiveOpener = useCallback((open: ((files: readonly File[]) => void) | null) => {
    openArchives.current = open;
  }, []);
  const dragging = useFileDrop((files) => {
    const { archives, others } = splitArchives(files);
    // Before the map is ready the importer takes them, and says it cannot read them.
    if (archives.length > 0) (openArchives.current ?? imports.importFiles)(archives);
    if (others.length > 0) imports.importFiles(others);
  });
  const inView = useMemo(() => (viewBounds ? idsInView(listed, viewBounds) : null), [listed, viewBounds]);
  useEscapeCloses(
    [
      { open: picking !== null, close: () => setPicking(null) },
      { open: selected !== undefined, close: () => select(null) },
      { open: panelsOpen, close: () => setPanelsOpen(false) },
    ],
    !presentation.active,
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

  const today = localIsoDate();
  const briefingFor = (map: MaplibreMap, view: BriefingView): ExportContext =>
    briefingContextOf(map, layers, records, view, tileLegend);
  const liveBriefing = (map: MaplibreMap): ExportContext => {
    // The picture copies the live style now: labels must not wait for the map's next idle.
    controller?.settleLabels();
    return briefingFor(map, {
      state,
      visible: visibleLayers,
      link: window.location.href,
      scene: liveScene(map, controller?.hiddenFeatureStates() ?? []),
    });
  };
  const tour = useTour({ bundled, store, state, controller, ready: layersOnMap, briefingFor });

  return (
    <div className={`app ${presentation.className}`.trim()}>
      <PanelSheet
        open={panelsOpen}
        onOpenChange={setPanelsOpen}
        header={
          <header>
            <h1>Alleged DPRK → Russia supply routes</h1>
            <p className="caveat">
              Routes and flows as alleged in open sources. Click or tap a line or marker for its sourcing.
            </p>
            <div className="toolbar">
              <button type="button" onClick={() => setExporting(true)} disabled={!layersOnMap}>
                Export…
              </button>
              <button type="button" onClick={presentation.enter}>
                Presentation mode
              </button>
              <button
                type="button"
                onClick={() => setEditing({ featureId: null })}
                disabled={bundled.status !== "loaded"}
              >
                Edit data
              </button>
              {tour.available && (
                <button
                  type="button"
                  onClick={() => {
                    setPanelsOpen(false);
                    tour.start();
                  }}
                >
                  Start tour
                </button>
              )}
            </div>
          </header>
        }
      >
        <LayerPanel
          groups={groups}
          onToggle={(id, visible) =>
            store.update((current) => toggleLayer(current, store.getCatalogue(), id, visible))
          }
          onShowAll={() => store.update((current) => showAllLayers(current, store.getCatalogue()))}
          onHideAll={() => store.update(hideAllLayers)}
        />
        {bundled.status === "loaded" && (
          <FilterPanel
            bounds={bundled.dateBounds}
            range={state.range}
            minimumConfidence={state.minimumConfidence}
            onRange={(range) => store.update((current) => ({ ...current, range }), { burst: "time-range" })}
            onReset={() =>
              store.update((current) => ({
                ...current,
                range: { from: null, to: null },
                minimumConfidence: "any",
              }))
            }
            onMinimumConfidence={(minimumConfidence) =>
              store.update((current) => ({ ...current, minimumConfidence }))
            }
          />
        )}
        <Legend model={legend} />
        <SourceNumbers
          shown={state.sourceNumbers}
          onShown={(sourceNumbers) => store.update((current) => ({ ...current, sourceNumbers }))}
          sources={screenNumbers?.sources ?? []}
        />
        <FeatureList features={listed} inView={inView} selected={state.selected} onSelect={focus} />
        <ImportPanel imports={imports} layers={layers} today={today} />
        {liveMap && mapReady && (
          <Suspense fallback={null}>
            <LazyTilesFeature
              map={liveMap}
              publications={bundled.status === "loaded" ? bundled.publications : null}
              importedColours={importedColours}
              onSelect={setTileRecord}
              onOpener={onArchiveOpener}
              onLegendLayers={setTileLegend}
            />
          </Suspense>
        )}
      </PanelSheet>
      <main className="map-column" aria-label="Map" aria-describedby="map-summary">
        <MapView onMapLoad={onMapLoad} dataLoaded={layersOnMap} />
        <MapSummary id="map-summary" text={summary} />
        {dragging && <DropOverlay />}
        {tour.panel && <TourPanel {...tour.panel} />}
        {bundled.problems.length > 0 && <DataProblems problems={bundled.problems} />}
        {local.problem && <DataProblems problems={[local.problem]} />}
        {presentation.active && <PresentationBar presentation={presentation} />}
      </main>
      {exporting && mapRef.current && (
        <ExportDialog
          defaults={{
            title: "Alleged North Korea → Russia supply routes",
            subtitle: `${legend.layers.length} layers · ${filterDescription(state)}`,
            caveat: defaultCaveat,
            dateStamp: today,
          }}
          onClose={() => setExporting(false)}
          onExport={async (request) => {
            const map = mapRef.current;
            if (!map) throw new Error("The map is not ready");
            // The view and state at the click: what happens while the export code loads is not in the picture.
            const context = liveBriefing(map);
            const { exportBriefing } = await loadBriefingExport();
            return exportBriefing(request, context);
          }}
          onExportDeck={async (format, pageSize, text) => {
            const map = mapRef.current;
            if (!map) throw new Error("The map is not ready");
            const context = liveBriefing(map);
            const { exportDeck } = await loadDeckExport();
            return exportDeck({
              format,
              pageSize,
              cover: { ...text, dateStamp: today, link: context.provenance.link },
              views: [() => ({ context, title: text.title, subtitle: text.subtitle })],
            });
          }}
          onPrepare={(request) => {
            void loadBriefingExport().then(({ prepareBriefing, discardPreparedBriefing }) => {
              const map = mapRef.current;
              if (request && map) prepareBriefing(request, liveBriefing(map));
              else discardPreparedBriefing();
            });
          }}
        />
      )}
      {editing && (
        <Suspense fallback={<p className="editor">Loading the editor…</p>}>
          <Editor
            key={editing.featureId ?? "new"}
            map={liveMap}
            featureId={editing.featureId}
            onClose={() => setEditing(null)}
            onSaved={(edits, id) => {
              void local.show(edits).then(() => {
                if (!id) return;
                setEditing(null);
                select(id);
              });
            }}
          />
        </Suspense>
      )}
      {!editing && (selected || picking || tileRecord) && (
        <SourcingSheet onInset={setSheetInset}>
          {picking ? (
            <FeaturePicker
              features={picking.flatMap((id) => recordById.get(id) ?? [])}
              onPick={select}
              onClose={() => setPicking(null)}
            />
          ) : (
            (selected && (
              <FeatureDetails
                feature={selected}
                onClose={() => select(null)}
                {...(bundledLayers.some((layer) => layer.id === selected.layerId)
                  ? { onEdit: () => setEditing({ featureId: selected.id }) }
                  : {})}
                revision={
                  local.view?.edits.features[selected.id] && (
                    <Suspense fallback={null}>
                      <LocalRevision
                        featureId={selected.id}
                        edits={local.view.edits}
                        onChanged={(edits) => void local.show(edits)}
                      />
                    </Suspense>
                  )
                }
              />
            )) ||
            (tileRecord && <FeatureDetails feature={tileRecord} onClose={() => setTileRecord(null)} />)
          )}
        </SourcingSheet>
      )}
    </div>
  );
}
