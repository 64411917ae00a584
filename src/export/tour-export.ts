import type { Tour } from "../data/index.ts";
import { slugOf } from "../files/slug.ts";
import { defaultCaveat, type ExportRequest } from "./briefing-export.ts";
import { exportPresets } from "./export-sizes.ts";
import { zipStored } from "./zip-store.ts";

/** Tour pictures are slides: the 16:9 preset at 1×. */
const slide = exportPresets[0];

/** "03-shoigu-pyongyang-2023-07.png": numbered so that a folder lists the steps in order. */
export function stepFileName(tour: Tour, number: number): string {
  const step = tour.steps[number - 1];
  const digits = Math.max(2, String(tour.steps.length).length);
  return `${String(number).padStart(digits, "0")}-${step ? step.id : "step"}.png`;
}

export function tourArchiveName(tour: Tour, dateStamp: string): string {
  return `${slugOf(tour.title) || "tour"}-${dateStamp}.zip`;
}

/** The briefing export's request for one step: its title, where it stands in the tour, the usual caveat. */
export function stepRequest(tour: Tour, number: number, dateStamp: string): ExportRequest {
  return {
    width: slide.width,
    height: slide.height,
    scale: 1,
    title: tour.steps[number - 1]?.title ?? tour.title,
    subtitle: `Step ${number} of ${tour.steps.length} · ${tour.title}`,
    caveat: defaultCaveat,
    dateStamp,
    show: {
      legend: true,
      sources: true,
      scaleBar: true,
      northArrow: true,
      dateStamp: true,
      attribution: true,
    },
  };
}

/** "03-shoigu-pyongyang-2023-07-sources-1.png": the step's sources continued, on its first extra picture. */
export function continuationFileName(tour: Tour, number: number, page: number): string {
  return stepFileName(tour, number).replace(/\.png$/, `-sources-${page}.png`);
}

export type TourExportSteps = {
  tour: Tour;
  /** The step's picture, then its "Sources, continued" pictures if any. */
  picture: (number: number) => Promise<{ blob: Blob; continuation: Blob[] }>;
  onProgress?: (number: number) => void;
  /** The archive's timestamp. */
  modified: Date;
};

/** Every step in turn, pictured; one ZIP of numbered PNGs, a slide deck's worth. */
export async function exportEveryStep(steps: TourExportSteps): Promise<Blob> {
  const entries = [];
  for (let number = 1; number <= steps.tour.steps.length; number++) {
    steps.onProgress?.(number);
    const picture = await steps.picture(number);
    entries.push({
      name: stepFileName(steps.tour, number),
      data: new Uint8Array(await picture.blob.arrayBuffer()),
    });
    for (const [page, blob] of picture.continuation.entries()) {
      entries.push({
        name: continuationFileName(steps.tour, number, page + 1),
        data: new Uint8Array(await blob.arrayBuffer()),
      });
    }
  }
  return new Blob([zipStored(entries, steps.modified)], { type: "application/zip" });
}
