import type { Map as MaplibreMap } from "maplibre-gl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TourStep } from "../data/index.ts";
import type { ExportContext } from "../export/briefing-export.ts";
import type { DataLayerController } from "../map/data-layer-controller.ts";
import { clearTourPadding, mapSettled, showCamera } from "../map/tour-camera.ts";
import { type AppState, filterValuesOf } from "../state/app-state.ts";
import type { BundledLayers } from "../state/load-bundled.ts";
import type { AppStore } from "../state/store.ts";
import { stepCitations } from "../state/tour-citations.ts";
import { stepAt, stepState } from "../state/tour-state.ts";
import type { TourPanelProps } from "../ui/TourPanel.tsx";
import { useArrowKeys } from "./use-arrow-keys.ts";
import { useTourExport } from "./use-tour-export.ts";

type Options = {
  bundled: BundledLayers;
  store: AppStore;
  state: AppState;
  controller: DataLayerController | null;
  /** True once the data layers are on the map. */
  ready: boolean;
  /** The briefing export's context as the app stands now (legend, sources, provenance). */
  briefingContext: (map: MaplibreMap) => ExportContext;
};

export type TourControls = {
  /** Whether the data has a tour to start. */
  available: boolean;
  start: () => void;
  /** The panel's props while the tour is open; null otherwise. */
  panel: TourPanelProps | null;
};

type Target = { source: string; id: string };

/**
 * The briefing tour. The step on show is app state (`tour=n` in the URL, one history entry per step), so links,
 * reloads and Back all land on a step; the camera and the highlighted features follow the step here.
 */
export function useTour({
  bundled,
  store,
  state,
  controller,
  ready,
  briefingContext,
}: Options): TourControls {
  const loaded = bundled.status === "loaded" ? bundled : null;
  const tour = loaded?.tour ?? null;
  const publications = useMemo(
    () => new Map((loaded?.publications ?? []).map((publication) => [publication.id, publication])),
    [loaded],
  );
  const layerOfFeature = useMemo(
    () =>
      new Map(
        (loaded?.layers ?? []).flatMap((layer) => layer.records.map((record) => [record.id, layer.id])),
      ),
    [loaded],
  );
  const targetsOf = useCallback(
    (step: TourStep): Target[] =>
      step.highlight.flatMap((id) => {
        const source = layerOfFeature.get(id);
        return source ? [{ source, id }] : [];
      }),
    [layerOfFeature],
  );

  const current = tour && state.tourStep !== null ? stepAt(tour, state.tourStep) : null;
  const step = current?.step;

  const [animate, setAnimate] = useState(true);
  const animateRef = useRef(animate);
  animateRef.current = animate;
  /** How the camera reaches the next step: a link and an export jump; the buttons and Back fly if allowed. */
  const moveRef = useRef<"fly" | "jump">("jump");
  /** The step the camera was last sent to, so that unrelated re-renders never move the map. */
  const shownRef = useRef<TourStep | undefined>(undefined);

  // A link with tour=n opens that step as the tour defines it, whatever else the link says.
  const openedRef = useRef(false);
  useEffect(() => {
    if (openedRef.current || !tour || !ready) return;
    openedRef.current = true;
    const requested = store.getState().tourStep;
    if (requested === null) return;
    const opened = stepAt(tour, requested);
    store.replace((previous) => stepState(previous, opened.step, opened.number));
  }, [tour, ready, store]);

  useEffect(() => {
    if (!controller || !ready) return;
    if (!step) {
      controller.setHighlighted([]);
      if (shownRef.current) clearTourPadding(controller.map);
      shownRef.current = undefined;
      return;
    }
    controller.setHighlighted(targetsOf(step));
    if (shownRef.current === step) return;
    shownRef.current = step;
    showCamera(controller.map, step.camera, { animate: moveRef.current === "fly" });
    moveRef.current = animateRef.current ? "fly" : "jump";
  }, [controller, ready, step, targetsOf]);

  const go = useCallback(
    (requested: number) => {
      if (!tour) return;
      const target = stepAt(tour, requested);
      if (target.step === step) return;
      moveRef.current = animateRef.current ? "fly" : "jump";
      store.update((previous) => stepState(previous, target.step, target.number));
    },
    [tour, step, store],
  );

  const showStill = useCallback(
    async (requested: number) => {
      if (!tour || !controller) return;
      const target = stepAt(tour, requested);
      // No history entry per picture: the briefer's Back button should not replay the export.
      store.replace((previous) => stepState(previous, target.step, target.number));
      const shown = store.getState();
      controller.setVisible(store.visibleLayers(shown));
      controller.setFilters(filterValuesOf(shown));
      controller.setHighlighted(targetsOf(target.step));
      showCamera(controller.map, target.step.camera, { animate: false });
      shownRef.current = target.step;
      await mapSettled(controller.map);
    },
    [tour, controller, store, targetsOf],
  );

  const exports = useTourExport({
    tour,
    number: current?.number ?? null,
    map: controller?.map ?? null,
    briefingContext,
    featureStatesOf: (number) => {
      const target = tour?.steps[number - 1];
      return target ? targetsOf(target).map((found) => ({ ...found, state: { highlight: true } })) : [];
    },
    showStill,
  });
  const busy = exports.status.kind === "working";
  const number = current?.number ?? 0;
  useArrowKeys(
    Boolean(step) && !busy,
    () => go(number - 1),
    () => go(number + 1),
  );

  const citations = useMemo(() => (step ? stepCitations(step, publications) : null), [step, publications]);
  const panel: TourPanelProps | null =
    tour && step && citations
      ? {
          tourTitle: tour.title,
          number,
          count: tour.steps.length,
          title: step.title,
          sentences: citations.sentences,
          publications: citations.publications,
          animate,
          exportStatus: exports.status,
          onAnimate: setAnimate,
          onPrevious: () => go(number - 1),
          onNext: () => go(number + 1),
          onExportStep: () => void exports.exportStep(),
          onExportAll: () => void exports.exportAll(),
          onLeave: () => store.update((previous) => ({ ...previous, tourStep: null })),
        }
      : null;

  return { available: Boolean(tour) && ready, start: () => go(1), panel };
}
