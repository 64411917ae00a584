import type { Geometry } from "geojson";
import type { Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Publication } from "../data/index.ts";
import { nextImportedColour } from "../import/imported-colours.ts";
import type { FeatureRecord } from "../state/feature-record.ts";
import { sameOriginArchiveUrl } from "./archive-checks.ts";
import { loadArchiveOpener, loadTileRecord } from "./load-tiles.ts";
import type { OpenedArchive } from "./open-archive.ts";
import {
  clickableLayerIds,
  type GeometryKind,
  geometryKindText,
  type TileLayer,
  tileLayerOfStyleLayer,
  tileSourceId,
  tileStyleLayers,
} from "./tile-layers.ts";
import { deleteArchive, type StoredArchive, saveArchive, storedArchives } from "./tile-store.ts";

/** An archive the panel shows: what it is, the source layers it offers and the layers drawn from it. */
export type ArchiveView = { id: string; name: string; opened: OpenedArchive; layers: TileLayer[] };

export type TileLayers = {
  archives: ArchiveView[];
  /** Messages for the user: refused archives, archives that did not come back after a reload. */
  problems: string[];
  busy: boolean;
  openFiles: (files: readonly File[]) => void;
  openUrl: (input: string) => void;
  addLayer: (archiveId: string, sourceLayer: string, geometry: GeometryKind) => void;
  removeLayer: (layerId: string) => void;
  closeArchive: (archiveId: string) => void;
  dismissProblems: () => void;
};

type Options = {
  /** The live map once its data is drawn; null before. */
  map: MaplibreMap | null;
  publications: readonly Publication[] | null;
  /** Imported GeoJSON layers: a tile layer takes the next imported-layer colour none of them has. */
  importedColours: readonly string[];
  /**
   * Called with the sourcing record of a clicked tile feature, and with null when a click finds none or its layer
   * goes. Must be stable (a state setter).
   */
  onSelect: (record: FeatureRecord | null) => void;
};

function randomId(): string {
  return crypto.getRandomValues(new Uint32Array(1))[0]?.toString(16).padStart(8, "0") ?? "00000000";
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Half the side of the box a click queries, as for the project's own layers with a mouse. */
const clickSlack = 5;

/**
 * PMTiles archives as map layers: opened from disk or from the app's origin, checked, remembered in IndexedDB
 * and drawn with the imported-layer colours; a click on a tile feature gives its sourcing record.
 */
export function useTileLayers({ map, publications, importedColours, onSelect }: Options): TileLayers {
  const [archives, setArchives] = useState<ArchiveView[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState(0);
  const stored = useRef(new Map<string, StoredArchive>());

  const report = useCallback((text: string) => setProblems((current) => [...current, text]), []);

  const remember = useCallback(
    (archive: StoredArchive) => {
      stored.current.set(archive.id, archive);
      saveArchive(archive).catch((error: unknown) =>
        report(`${archive.name} stays open until a reload but will not be remembered: ${message(error)}`),
      );
    },
    [report],
  );

  const open = useCallback(
    async (archive: StoredArchive, restoring: boolean) => {
      setPending((count) => count + 1);
      try {
        const { openArchive } = await loadArchiveOpener();
        const opened = await openArchive(archive.id, archive.name, archive.source);
        stored.current.set(archive.id, archive);
        setArchives((current) => [
          ...current.filter((view) => view.id !== archive.id),
          { id: archive.id, name: archive.name, opened, layers: archive.layers },
        ]);
        if (!restoring) remember(archive);
      } catch (error) {
        if (restoring && archive.source.kind === "file") {
          // Kept, so that opening the same file again brings back its layers.
          stored.current.set(archive.id, archive);
          report(
            `${archive.name} could not be read again after the reload (${message(error)}). Open it again from disk to bring back its layers.`,
          );
        } else report(message(error));
      } finally {
        setPending((count) => count - 1);
      }
    },
    [remember, report],
  );

  // Remembered archives come back once; the reader is loaded only when there is one.
  useEffect(() => {
    let cancelled = false;
    storedArchives()
      .then((found) => {
        if (cancelled) return;
        for (const archive of found.sort((a, b) => a.openedAt - b.openedAt)) void open(archive, true);
      })
      .catch(() => {
        // No local database (a private window): nothing was remembered.
      });
    return () => {
      cancelled = true;
    };
  }, [open]);

  const openFiles = useCallback(
    (files: readonly File[]) => {
      for (const file of files) {
        // A file opened again replaces the one that could not come back, layers and all.
        const previous = [...stored.current.values()].find(
          (archive) => archive.source.kind === "file" && archive.name === file.name,
        );
        const layers = previous && !archives.some((view) => view.id === previous.id) ? previous.layers : [];
        const id = previous && layers.length > 0 ? previous.id : randomId();
        void open(
          { id, name: file.name, source: { kind: "file", file }, openedAt: Date.now(), layers },
          false,
        );
      }
    },
    [archives, open],
  );

  const openUrl = useCallback(
    (input: string) => {
      const checked = sameOriginArchiveUrl(input, window.location.href);
      if (!checked.ok) {
        report(checked.message);
        return;
      }
      const id = randomId();
      void open(
        {
          id,
          name: input.trim(),
          source: { kind: "url", url: checked.url },
          openedAt: Date.now(),
          layers: [],
        },
        false,
      );
    },
    [open, report],
  );

  const updateLayers = useCallback(
    (archiveId: string, change: (layers: TileLayer[]) => TileLayer[]) => {
      setArchives((current) =>
        current.map((view) => (view.id === archiveId ? { ...view, layers: change(view.layers) } : view)),
      );
      const archive = stored.current.get(archiveId);
      if (archive) remember({ ...archive, layers: change(archive.layers) });
    },
    [remember],
  );

  const allLayers = useMemo(() => archives.flatMap((view) => view.layers), [archives]);

  const addLayer = useCallback(
    (archiveId: string, sourceLayer: string, geometry: GeometryKind) => {
      const view = archives.find((candidate) => candidate.id === archiveId);
      if (!view) return;
      const color = nextImportedColour([...importedColours, ...allLayers.map((layer) => layer.color)]);
      const layer: TileLayer = {
        id: `tiles-${randomId()}`,
        archiveId,
        sourceLayer,
        geometry,
        color,
        title: `${sourceLayer} (${geometryKindText[geometry].toLowerCase()}) · ${view.name}`,
      };
      updateLayers(archiveId, (layers) => [...layers, layer]);
    },
    [archives, allLayers, importedColours, updateLayers],
  );

  const removeLayer = useCallback(
    (layerId: string) => {
      const layer = allLayers.find((candidate) => candidate.id === layerId);
      if (layer) updateLayers(layer.archiveId, (layers) => layers.filter((other) => other.id !== layerId));
      onSelect(null);
    },
    [allLayers, updateLayers, onSelect],
  );

  const closeArchive = useCallback(
    (archiveId: string) => {
      stored.current.delete(archiveId);
      setArchives((current) => current.filter((view) => view.id !== archiveId));
      onSelect(null);
      void deleteArchive(archiveId).catch(() => undefined);
    },
    [onSelect],
  );

  // The map draws exactly the layers of the open archives: added when new, removed when gone.
  useEffect(() => {
    if (!map) return;
    const wantedLayers = new Set<string>();
    const wantedSources = new Set<string>();
    for (const view of archives) {
      if (view.layers.length === 0) continue;
      const sourceId = tileSourceId(view.id);
      wantedSources.add(sourceId);
      if (!map.getSource(sourceId)) {
        const { sourceUrl, bounds, minZoom, maxZoom } = view.opened;
        map.addSource(sourceId, {
          type: "vector",
          tiles: [`${sourceUrl}/{z}/{x}/{y}`],
          minzoom: minZoom,
          maxzoom: maxZoom,
          bounds,
        });
      }
      for (const layer of view.layers) {
        for (const spec of tileStyleLayers(layer)) {
          wantedLayers.add(spec.id);
          if (!map.getLayer(spec.id)) map.addLayer(spec);
        }
      }
    }
    for (const style of map.getStyle().layers)
      if (style.id.startsWith("tiles-") && !wantedLayers.has(style.id)) map.removeLayer(style.id);
    for (const sourceId of Object.keys(map.getStyle().sources))
      if (sourceId.startsWith("tiles-source-") && !wantedSources.has(sourceId)) map.removeSource(sourceId);
  }, [map, archives]);

  const publicationMap = useMemo(
    () => new Map((publications ?? []).map((publication) => [publication.id, publication])),
    [publications],
  );

  // A click on a tile feature opens its record; a click elsewhere closes it.
  useEffect(() => {
    if (!map) return;
    const clickable = clickableLayerIds(allLayers).filter((id) => map.getLayer(id));
    const onClick = (event: MapMouseEvent) => {
      if (clickable.length === 0) return;
      const { x, y } = event.point;
      const [first] = map.queryRenderedFeatures(
        [
          [x - clickSlack, y - clickSlack],
          [x + clickSlack, y + clickSlack],
        ],
        { layers: clickable },
      );
      const layer = first ? tileLayerOfStyleLayer(allLayers, first.layer.id) : undefined;
      if (!first || !layer) {
        onSelect(null);
        return;
      }
      const index = typeof first.id === "number" ? first.id : 0;
      const feature = { geometry: first.geometry as Geometry, properties: { ...first.properties } };
      void loadTileRecord().then(({ tileFeatureRecord }) =>
        onSelect(tileFeatureRecord(feature, index, layer, publicationMap)),
      );
    };
    map.on("click", onClick);
    return () => {
      map.off("click", onClick);
    };
  }, [map, allLayers, publicationMap, onSelect]);

  return {
    archives,
    problems,
    busy: pending > 0,
    openFiles,
    openUrl,
    addLayer,
    removeLayer,
    closeArchive,
    dismissProblems: useCallback(() => setProblems([]), []),
  };
}
