import { useEffect } from "react";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import type { AppStore } from "../state/store.ts";
import type { ImportedLayers } from "./use-imported-layers.ts";

/**
 * A file the analyst has just imported is shown, whatever the URL said about layers. This waits for the store
 * that knows the new layer (the store is rebuilt when the layers change, keeping the state in the URL).
 */
export function useRevealImported(store: AppStore, layers: PreparedLayer[], imports: ImportedLayers): void {
  const { unrevealed, markRevealed } = imports;
  useEffect(() => {
    const ready = unrevealed.filter((id) => layers.some((layer) => layer.id === id));
    if (ready.length === 0) return;
    store.update((current) => ({ ...current, visibleLayers: new Set([...current.visibleLayers, ...ready]) }));
    markRevealed(ready);
  }, [store, layers, unrevealed, markRevealed]);
}
