import type { DeckFormat } from "../deck/deck-export.ts";
import type { PageSizeId } from "../deck/page-elements.ts";
import type { StepPublication, StepSentence } from "../state/tour-citations.ts";

/** What the tour panel shows and does: the tour hook's view model, rendered by ui/TourPanel. */
export type TourExportStatus = { kind: "idle" | "working" | "done" | "error"; message?: string };

export type TourPanelProps = {
  tourTitle: string;
  number: number;
  count: number;
  title: string;
  sentences: StepSentence[];
  publications: StepPublication[];
  animate: boolean;
  exportStatus: TourExportStatus;
  onAnimate: (animate: boolean) => void;
  onPrevious: () => void;
  onNext: () => void;
  onExportStep: () => void;
  onExportAll: () => void;
  pdfPageSize: PageSizeId;
  onPdfPageSize: (size: PageSizeId) => void;
  /** Every step as one slide deck or one PDF. */
  onExportDeck: (format: DeckFormat) => void;
  onLeave: () => void;
};
