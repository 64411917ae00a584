/** The deck and PDF writers (and their fonts) load on the first deck or PDF export, never with the page. */
export const loadDeckExport = () => import("./deck-export.ts");
