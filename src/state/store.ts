import type { AppState } from "./app-state.ts";
import { readHash, writeHash } from "./url-hash.ts";

type Listener = () => void;

/**
 * The app's small store. Every deliberate change (layers, filters, selection) is a new browser history entry,
 * so the back button steps through them; the camera stays MapLibre's, written with replaceState.
 */
export class AppStore {
  private state: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly defaults: AppState,
    private readonly knownLayers: () => ReadonlySet<string>,
    private readonly layerOrder: () => readonly string[],
  ) {
    this.state = readHash(window.location.hash, defaults, knownLayers());
  }

  getState = (): AppState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies a change and records it as a history entry. */
  update(change: (state: AppState) => AppState): void {
    const next = change(this.state);
    if (next === this.state) return;
    this.state = next;
    const hash = writeHash(window.location.hash, next, this.defaults, this.layerOrder());
    if (hash !== window.location.hash) {
      window.history.pushState(null, "", `${window.location.pathname}${window.location.search}${hash}`);
    }
    this.emit();
  }

  /** Re-reads the hash after back/forward navigation; writes no history. */
  syncFromLocation = (): void => {
    this.state = readHash(window.location.hash, this.defaults, this.knownLayers());
    this.emit();
  };

  /** Rewrites the hash without a history entry (e.g. to drop a selection the data does not have). */
  replace(change: (state: AppState) => AppState): void {
    this.state = change(this.state);
    const hash = writeHash(window.location.hash, this.state, this.defaults, this.layerOrder());
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}${hash}`);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
