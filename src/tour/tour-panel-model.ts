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
  onLeave: () => void;
};
