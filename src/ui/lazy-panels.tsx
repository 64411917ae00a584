import { type ComponentProps, lazy, Suspense } from "react";
import type { ExportDialog as LoadedExportDialog } from "./ExportDialog.tsx";
import type { TourPanel as LoadedTourPanel } from "./TourPanel.tsx";

/**
 * The export dialog and the tour's panel, loaded on first use like the editor: both are closed when the page
 * opens, so their code is not in its first load. Each shows nothing while its code loads.
 */
const LazyExportDialog = lazy(() =>
  import("./ExportDialog.tsx").then((module) => ({ default: module.ExportDialog })),
);
const LazyTourPanel = lazy(() => import("./TourPanel.tsx").then((module) => ({ default: module.TourPanel })));

export function ExportDialog(props: ComponentProps<typeof LoadedExportDialog>) {
  return (
    <Suspense fallback={null}>
      <LazyExportDialog {...props} />
    </Suspense>
  );
}

export function TourPanel(props: ComponentProps<typeof LoadedTourPanel>) {
  return (
    <Suspense fallback={null}>
      <LazyTourPanel {...props} />
    </Suspense>
  );
}
