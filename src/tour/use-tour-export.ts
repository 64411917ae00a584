import { useState } from "react";
import type { Tour } from "../data/index.ts";
import { localIsoDate } from "../data/local-date.ts";
import type { ExportContext } from "../export/briefing-export.ts";
import { loadBriefingExport, loadTourExport } from "../export/load-export.ts";
import { downloadBlob } from "../files/download.ts";
import type { TourExportStatus } from "./tour-panel-model.ts";

type Options = {
  tour: Tour | null;
  /** The step on show, or null. */
  number: number | null;
  /** The briefing export's context for a step, from the step's state; null while the map is not ready. */
  stepBriefing: (number: number) => ExportContext | null;
};

/**
 * "Export this step" and "Export all steps": the briefing export, once or for every step into one ZIP. Each
 * picture is drawn offscreen from its step's state, so the map and the panels stay the briefer's meanwhile.
 */
export function useTourExport({ tour, number, stepBriefing }: Options) {
  const [status, setStatus] = useState<TourExportStatus>({ kind: "idle" });

  // Each export works from the state at its click: what changes later is for the next export.
  async function picture(number: number, dateStamp: string): Promise<Blob> {
    const context = stepBriefing(number);
    if (!tour || !context) throw new Error("The map is not ready");
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
      if (!tour || number === null) throw new Error("No step is on show");
      setStatus({ kind: "working", message: `Rendering step ${number} at 1920 × 1080…` });
      const { stepFileName } = await loadTourExport();
      const name = stepFileName(tour, number);
      downloadBlob(await picture(number, localIsoDate()), name);
      return `Saved ${name}.`;
    });

  const exportAll = () =>
    run(async () => {
      if (!tour) throw new Error("There is no tour");
      const dateStamp = localIsoDate();
      const { exportEveryStep, tourArchiveName } = await loadTourExport();
      const archive = await exportEveryStep({
        tour,
        picture: (step) => picture(step, dateStamp),
        onProgress: (step) =>
          setStatus({ kind: "working", message: `Rendering step ${step} of ${tour.steps.length}…` }),
        modified: new Date(),
      });
      const name = tourArchiveName(tour, dateStamp);
      downloadBlob(archive, name);
      return `Saved ${tour.steps.length} pictures in ${name}.`;
    });

  return { status, exportStep, exportAll };
}
