/** What the app keeps of an imported file besides its features (the IndexedDB "layers" store). */
export type ImportedLayerMeta = {
  /** "imported-" and eight hex digits: a MapLibre source id, a layer id in the URL and a record id prefix. */
  id: string;
  /** From the file name, made unique among imported layers. */
  title: string;
  fileName: string;
  color: string;
  /** Epoch milliseconds: imported layers are listed in the order they came. */
  importedAt: number;
  summary: { total: number; imported: number; unsourced: number };
};

/** Feature ids on the map and in the URL: the layer id and the feature's index in the file, never the file's id. */
export function importedFeatureId(layerId: string, index: number): string {
  return `${layerId}.${index}`;
}
