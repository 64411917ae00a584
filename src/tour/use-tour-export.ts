import { useState } from "react";
import type { Tour } from "../data/index.ts";
import { localIsoDate } from "../data/local-date.ts";
import type { CitedSentence } from "../deck/build-deliverable.ts";
import type { DeckFormat } from "../deck/deck-export.ts";
import { loadDeckExport } from "../deck/load-deck.ts";
import type { PageSizeId } from "../deck/page-elements.ts";
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
  /** A step's sentences with the publications each cites. */
  stepSentences: (number: number) => CitedSentence[];
};

/**
 * "Export this step" and "Export all steps": the briefing export, once or for every step into one ZIP. Each
 * picture is drawn offscreen from its step's state, so the map and the panels stay the briefer's meanwhile.
 */
export function useTourExport({ tour, number, stepBriefing, stepSentences }: Options) {
  const [status, setStatus] = useState<TourExportStatus>({ kind: "idle" });

  // Each export works from the state at its click: what changes later is for the next export.
  async function picture(number: number, dateStamp: string): Promise<{ blob: Blob; continuation: Blob[] }> {
    const context = stepBriefing(number);
    if (!tour || !context) throw new Error("The map is not ready");
    const [{ exportBriefing }, { stepRequest }] = await Promise.all([loadBriefingExport(), loadTourExport()]);
    return exportBriefing(stepRequest(tour, number, dateStamp), context);
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
      const { stepFileName, continuationFileName } = await loadTourExport();
      const name = stepFileName(tour, number);
      const pictures = await picture(number, localIsoDate());
      downloadBlob(pictures.blob, name);
      for (const [page, blob] of pictures.continuation.entries()) {
        downloadBlob(blob, continuationFileName(tour, number, page + 1));
      }
      const more = pictures.continuation.length;
      return more > 0
        ? `Saved ${name} and ${more} picture${more > 1 ? "s" : ""} of its sources.`
        : `Saved ${name}.`;
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

  const exportDeck = (format: DeckFormat, pageSize: PageSizeId) =>
    run(async () => {
      if (!tour) throw new Error("There is no tour");
      const dateStamp = localIsoDate();
      const count = tour.steps.length;
      const what = format === "pptx" ? "deck" : "PDF";
      setStatus({ kind: "working", message: `Making the ${what}…` });
      const [{ exportDeck: writeDeck }, { defaultCaveat }] = await Promise.all([
        loadDeckExport(),
        loadBriefingExport(),
      ]);
      const views = tour.steps.map((step, index) => () => {
        const context = stepBriefing(index + 1);
        if (!context) throw new Error("The map is not ready");
        return {
          context,
          title: step.title,
          subtitle: `Step ${index + 1} of ${count} · ${tour.title}`,
          sentences: stepSentences(index + 1),
        };
      });
      const blob = await writeDeck({
        format,
        pageSize,
        cover: {
          title: tour.title,
          subtitle: tour.description ?? `${count} steps`,
          caveat: defaultCaveat,
          dateStamp,
          link: `${window.location.origin}${window.location.pathname}#tour=1`,
        },
        views,
        onProgress: (step) =>
          setStatus({ kind: "working", message: `Drawing step ${step} of ${count} for the ${what}…` }),
      });
      const { tourArchiveName } = await loadTourExport();
      const name = tourArchiveName(tour, dateStamp).replace(/\.zip$/, `.${format}`);
      downloadBlob(blob, name);
      return `Saved ${name}: ${count} steps.`;
    });

  return { status, exportStep, exportAll, exportDeck };
}
