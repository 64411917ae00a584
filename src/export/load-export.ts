/**
 * The briefing export's code (offscreen map, composition, PNG and ZIP writing) loads when a briefer first
 * exports, not with the page: it is not needed before the map is ready.
 */
export const loadBriefingExport = () => import("./briefing-export.ts");
export const loadTourExport = () => import("./tour-export.ts");
