/**
 * The briefing export's code (offscreen map, composition, PNG and ZIP writing) loads when a briefer first
 * exports, not with the page: it is not needed before the map is ready.
 */
export const loadBriefingExport = () => import("./briefing-export.ts");
export const loadTourExport = () => import("./tour-export.ts");
/** The PDF writer, its fonts and their metrics (several MB of fonts: fetched only when a PDF is made). */
export const loadPdfWriter = () => import("./deck/write-pdf.ts");
