import { useEffect, useMemo, useSyncExternalStore } from "react";
import { type AppState, defaultState } from "./app-state.ts";
import type { PreparedLayer } from "./prepared-layer.ts";
import { AppStore } from "./store.ts";

/** One store per set of layers; back/forward navigation re-reads the hash. */
export function useAppStore(layers: PreparedLayer[]): { store: AppStore; state: AppState } {
  const store = useMemo(() => {
    const defaults = defaultState(layers.filter((layer) => layer.defaultVisible).map((layer) => layer.id));
    return new AppStore(
      defaults,
      () => new Set(layers.map((layer) => layer.id)),
      () => layers.map((layer) => layer.id),
    );
  }, [layers]);
  useEffect(() => {
    window.addEventListener("popstate", store.syncFromLocation);
    return () => window.removeEventListener("popstate", store.syncFromLocation);
  }, [store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return { store, state };
}
