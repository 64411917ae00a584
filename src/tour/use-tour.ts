import type { Map as MaplibreMap } from "maplibre-gl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { BriefingView } from "../briefing/briefing-context.ts";
import type { TourStep } from "../data/index.ts";
import type { CitedSentence } from "../deck/build-deliverable.ts";
import type { PageSizeId } from "../deck/page-elements.ts";
import type { ExportContext } from "../export/briefing-export.ts";
import type { DataLayerController } from "../map/data-layer-controller.ts";
import { clearTourPadding, showCamera } from "../map/tour-camera.ts";
import { type AppState, filterValuesOf } from "../state/app-state.ts";
import { citationRecord } from "../state/citation-record.ts";
import type { BundledLayers } from "../state/load-bundled.ts";
import type { AppStore } from "../state/store.ts";
import { stepCitations } from "../state/tour-citations.ts";
import { stepAt, stepState } from "../state/tour-state.ts";
import type { TourPanelProps } from "./tour-panel-model.ts";
import { useArrowKeys } from "./use-arrow-keys.ts";
import { useTourExport } from "./use-tour-export.ts";

type Options = {
  bundled: BundledLayers;
  store: AppStore;
  state: AppState;
  controller: DataLayerController | null;
  /** True once the data layers are on the map. */
  ready: boolean;
  /** The briefing export's context for a view (legend, sources, provenance, scene). */
  briefingFor: (map: MaplibreMap, view: BriefingView) => ExportContext;
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
export function useTour({ bundled, store, state, controller, ready, briefingFor }: Options): TourControls {
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

  /** Whether the camera flies between steps; the first step shown (a link, Start tour) is always a jump. */
  const [animate, setAnimate] = useState(true);
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
    const first = shownRef.current === undefined;
    shownRef.current = step;
    showCamera(controller.map, step.camera, { animate: animate && !first });
  }, [controller, ready, step, targetsOf, animate]);

  const go = useCallback(
    (requested: number) => {
      if (!tour) return;
      const target = stepAt(tour, requested);
      if (target.step === step) return;
      store.update((previous) => stepState(previous, target.step, target.number));
    },
    [tour, step, store],
  );

  /** A step's picture is drawn from the step's own state and camera, offscreen: the screen never moves. */
  const stepBriefing = useCallback(
    (number: number): ExportContext | null => {
      if (!tour || !controller) return null;
      const target = stepAt(tour, number);
      const stepped = stepState(store.getState(), target.step, target.number);
      const visible = store.visibleLayers(stepped);
      const link = `${window.location.origin}${window.location.pathname}#tour=${target.number}`;
      const scene = controller.sceneFor(visible, filterValuesOf(stepped), targetsOf(target.step), {
        ...target.step.camera,
        center: [target.step.camera.center[0], target.step.camera.center[1]],
      });
      return briefingFor(controller.map, { state: stepped, visible, link, scene });
    },
    [tour, controller, store, targetsOf, briefingFor],
  );

  const stepSentences = useCallback(
    (number: number): CitedSentence[] => {
      const step = tour?.steps[number - 1];
      const lookup = (id: string) => publications.get(id);
      return (step?.text ?? []).map((sentence) => ({
        text: sentence.text,
        citations: (sentence.citations ?? []).map((citation) => citationRecord(citation, lookup)),
      }));
    },
    [tour, publications],
  );
  const [pdfPageSize, setPdfPageSize] = useState<PageSizeId>("a4-landscape");
  const exports = useTourExport({ tour, number: current?.number ?? null, stepBriefing, stepSentences });
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
          pdfPageSize,
          onPdfPageSize: setPdfPageSize,
          onExportDeck: (format) => void exports.exportDeck(format, pdfPageSize),
          onLeave: () => store.update((previous) => ({ ...previous, tourStep: null })),
        }
      : null;

  return { available: Boolean(tour) && ready, start: () => go(1), panel };
}
