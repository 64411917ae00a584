import {
  type AppState,
  defaultState,
  emptyCatalogue,
  type LayerCatalogue,
  visibleLayerIds,
} from "./app-state.ts";
import { readHash, writeHash } from "./url-hash.ts";

type Listener = () => void;

/** The part of the browser the store writes to: the URL hash and the session history. */
export type BrowserHistory = {
  hash: () => string;
  push: (hash: string) => void;
  replace: (hash: string) => void;
  now: () => number;
};

const windowHistory: BrowserHistory = {
  hash: () => window.location.hash,
  push: (hash) =>
    window.history.pushState(null, "", `${window.location.pathname}${window.location.search}${hash}`),
  replace: (hash) =>
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}${hash}`),
  now: () => performance.now(),
};

/**
 * Changes of one control closer together than this make one history step: a slider moved with the arrow keys
 * or dragged gives one entry, and Back returns to where it started.
 */
export const burstGapMs = 1000;

export type UpdateOptions = {
  /** Names the control a burst of changes comes from; consecutive changes with the same name are coalesced. */
  burst?: string;
};

/**
 * The app's small store, one for the app's lifetime. Every deliberate change (layers, filters, selection) is a
 * new browser history entry, so the back button steps through them (a burst of changes from one control is one
 * entry); the camera stays MapLibre's, written with replaceState. The layers there are (bundled, then imported)
 * arrive as a catalogue and change no state: which are drawn is read through `visibleLayers`.
 */
export class AppStore {
  private readonly defaults = defaultState();
  private state: AppState;
  private catalogue: LayerCatalogue = emptyCatalogue;
  private readonly listeners = new Set<Listener>();
  private lastBurst: { name: string; at: number } | null = null;

  constructor(private readonly history: BrowserHistory = windowHistory) {
    this.state = readHash(history.hash(), this.defaults);
  }

  getState = (): AppState => this.state;

  getCatalogue = (): LayerCatalogue => this.catalogue;

  /** The layers drawn for a state (by default the current one), among the layers there are. */
  visibleLayers(state: AppState = this.state): ReadonlySet<string> {
    return visibleLayerIds(state.layers, this.catalogue);
  }

  /** The layers there are now; the state stays as it is. Listeners hear of it: what is drawn may change. */
  setCatalogue(catalogue: LayerCatalogue): void {
    if (catalogue === this.catalogue) return;
    this.catalogue = catalogue;
    this.emit();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies a change and records it as a history entry, or as part of the current burst's entry. */
  update(change: (state: AppState) => AppState, options: UpdateOptions = {}): void {
    const next = change(this.state);
    if (next === this.state) return;
    this.state = next;
    const now = this.history.now();
    const continuesBurst =
      options.burst !== undefined &&
      this.lastBurst?.name === options.burst &&
      now - this.lastBurst.at < burstGapMs;
    this.lastBurst = options.burst === undefined ? null : { name: options.burst, at: now };
    const hash = writeHash(this.history.hash(), next, this.defaults, this.catalogue);
    if (hash !== this.history.hash()) {
      if (continuesBurst) this.history.replace(hash);
      else this.history.push(hash);
    }
    this.emit();
  }

  /** Re-reads the hash after back/forward navigation; writes no history. */
  syncFromLocation = (): void => {
    this.lastBurst = null;
    this.state = readHash(this.history.hash(), this.defaults);
    this.emit();
  };

  /** Rewrites the hash without a history entry (e.g. to drop a selection the data does not have). */
  replace(change: (state: AppState) => AppState): void {
    this.state = change(this.state);
    const hash = writeHash(this.history.hash(), this.state, this.defaults, this.catalogue);
    this.history.replace(hash);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
