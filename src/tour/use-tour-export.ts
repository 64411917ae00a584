import type { Map as MaplibreMap } from "maplibre-gl";
import { useRef, useState } from "react";
import type { Tour } from "../data/index.ts";
import type { ExportContext } from "../export/briefing-export.ts";
import { downloadBlob } from "../export/download.ts";
import { loadBriefingExport, loadTourExport } from "../export/load-export.ts";
import type { FeatureStateEntry } from "../export/render-map.ts";
import type { TourExportStatus } from "../ui/TourPanel.tsx";

type Options = {
  tour: Tour | null;
  /** The step on show, or null. */
  number: number | null;
  map: MaplibreMap | null;
  /** The briefing export's context as the app stands now; read after each step is shown. */
  briefingContext: (map: MaplibreMap) => ExportContext;
  /** The feature states a step's picture needs (its highlights). */
  featureStatesOf: (number: number) => FeatureStateEntry[];
  /** Shows a step without animation and resolves once the map has drawn it. */
  showStill: (number: number) => Promise<void>;
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "Export this step" and "Export all steps": the briefing export, once or for every step into one ZIP. */
export function useTourExport(options: Options) {
  const [status, setStatus] = useState<TourExportStatus>({ kind: "idle" });
  const latest = useRef(options);
  latest.current = options;

  async function picture(number: number, dateStamp: string): Promise<Blob> {
    const { tour, map, briefingContext, featureStatesOf } = latest.current;
    if (!tour || !map) throw new Error("The map is not ready");
    const base = briefingContext(map);
    const context = { ...base, featureStates: [...(base.featureStates ?? []), ...featureStatesOf(number)] };
    const [{ exportBriefing }, { stepRequest }] = await Promise.all([loadBriefingExport(), loadTourExport()]);
    return (await exportBriefing(stepRequest(tour, number, dateStamp), context)).blob;
  }

  async function run(work: () => Promise<string>): Promise<void> {
    try {
      setStatus({ kind: "done", message: await work() });
    } catch (error) {
      setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  }

  const exportStep = () =>
    run(async () => {
      const { tour, number } = latest.current;
      if (!tour || number === null) throw new Error("No step is on show");
      setStatus({ kind: "working", message: `Rendering step ${number} at 1920 × 1080…` });
      const { stepFileName } = await loadTourExport();
      const name = stepFileName(tour, number);
      downloadBlob(await picture(number, today()), name);
      return `Saved ${name}.`;
    });

  const exportAll = () =>
    run(async () => {
      const { tour, number, showStill } = latest.current;
      if (!tour) throw new Error("There is no tour");
      const dateStamp = today();
      const { exportEveryStep, tourArchiveName } = await loadTourExport();
      try {
        const archive = await exportEveryStep({
          tour,
          show: showStill,
          picture: (step) => picture(step, dateStamp),
          onProgress: (step) =>
            setStatus({ kind: "working", message: `Rendering step ${step} of ${tour.steps.length}…` }),
          modified: new Date(),
        });
        const name = tourArchiveName(tour, dateStamp);
        downloadBlob(archive, name);
        return `Saved ${tour.steps.length} pictures in ${name}.`;
      } finally {
        // Back to where the briefer was, even when a picture failed.
        await showStill(number ?? 1);
      }
    });

  return { status, exportStep, exportAll };
}
