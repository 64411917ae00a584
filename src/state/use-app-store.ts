import { useEffect, useMemo, useSyncExternalStore } from "react";
import { type AppState, layerCatalogue, visibleLayerIds } from "./app-state.ts";
import type { PreparedLayer } from "./prepared-layer.ts";
import type { AppStore } from "./store.ts";

export type AppStoreView = {
  state: AppState;
  /** The layers drawn: the state's choice among the layers there are. */
  visibleLayers: ReadonlySet<string>;
};

/**
 * The app's state from its one store (made once, by the composition root): the layers there are reach it as a
 * catalogue; Back/Forward re-read the hash.
 */
export function useAppStore(store: AppStore, layers: readonly PreparedLayer[]): AppStoreView {
  const catalogue = useMemo(() => layerCatalogue(layers), [layers]);
  useEffect(() => store.setCatalogue(catalogue), [store, catalogue]);
  useEffect(() => {
    window.addEventListener("popstate", store.syncFromLocation);
    return () => window.removeEventListener("popstate", store.syncFromLocation);
  }, [store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const known = useSyncExternalStore(store.subscribe, store.getCatalogue);
  const visibleLayers = useMemo(() => visibleLayerIds(state.layers, known), [state.layers, known]);
  return { state, visibleLayers };
}
