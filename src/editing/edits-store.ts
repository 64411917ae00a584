import {
  draftKey,
  editsDatabaseName,
  editsDatabaseVersion,
  editsStoreName,
  savedKey,
} from "./has-local-edits.ts";
import { type Draft, emptyEdits, type LocalEdits } from "./types.ts";

/*
 * The editor's saved edits and working draft in IndexedDB, so that a reload, a crash or a closed tab loses
 * nothing. Each save of the edits bumps a revision; a save made from an older revision (another tab saved in
 * between) is refused with a conflict, never silently overwritten, unless the analyst asks to overwrite. Other
 * tabs hear of a save through a BroadcastChannel. Every method rejects with a readable Error.
 */

export type SavedEdits = { edits: LocalEdits; revision: number; savedAt: string };

export type SaveResult =
  | { ok: true; revision: number; savedAt: string }
  | { ok: false; conflict: { savedAt: string; by: "another tab"; revision: number } };

export type ChangedElsewhere = { revision: number; savedAt: string };

export type EditsStore = {
  load(): Promise<{ edits: LocalEdits; draft: Draft | null; revision: number }>;
  /** Saves the edits if the stored revision is still `expectedRevision` (or always, with `overwrite`). */
  saveEdits(
    edits: LocalEdits,
    expectedRevision: number,
    options?: { overwrite?: boolean },
  ): Promise<SaveResult>;
  /** Keeps the working draft (null once it is saved or discarded). */
  saveDraft(draft: Draft | null): Promise<void>;
  /** Calls `listener` when another tab saves edits; returns a function that stops listening. */
  onChangedElsewhere(listener: (change: ChangedElsewhere) => void): () => void;
  close(): void;
};

export type EditsStoreOptions = { /** The clock for `savedAt`; the real one by default. */ now?: () => Date };

const channelName = "supply-route-map-edits";

function failure(action: string, error: DOMException | null): Error {
  return new Error(`${action}: ${error?.message ?? "the browser's storage refused"}`);
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new Error("This browser keeps no local database (IndexedDB), so edits cannot be kept"));
      return;
    }
    const request = indexedDB.open(editsDatabaseName, editsDatabaseVersion);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(editsStoreName))
        request.result.createObjectStore(editsStoreName);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(failure("The local database could not be opened", request.error));
    request.onblocked = () =>
      reject(new Error("The local database is busy in another tab; close it and retry"));
  });
}

function transact<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  action: string,
  work: (store: IDBObjectStore, transaction: IDBTransaction) => () => T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const transaction = database.transaction(editsStoreName, mode);
    const result = work(transaction.objectStore(editsStoreName), transaction);
    transaction.oncomplete = () => resolve(result());
    transaction.onerror = () => reject(failure(action, transaction.error));
    transaction.onabort = () => reject(failure(action, transaction.error));
  });
}

export async function openEditsStore(options: EditsStoreOptions = {}): Promise<EditsStore> {
  const now = options.now ?? (() => new Date());
  const database = await openDatabase();
  // A newer version of the app in another tab wants to upgrade the database: let it.
  database.onversionchange = () => database.close();
  const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(channelName);
  const listeners = new Set<(change: ChangedElsewhere) => void>();
  if (channel)
    channel.onmessage = (event: MessageEvent<ChangedElsewhere>) => {
      for (const listener of listeners) listener(event.data);
    };

  return {
    load() {
      return transact(database, "readonly", "Saved edits could not be read", (store) => {
        const saved = store.get(savedKey);
        const draft = store.get(draftKey);
        return () => {
          const found = saved.result as SavedEdits | undefined;
          return {
            edits: found?.edits ?? emptyEdits(),
            draft: (draft.result as Draft | undefined) ?? null,
            revision: found?.revision ?? 0,
          };
        };
      });
    },

    async saveEdits(edits, expectedRevision, saveOptions = {}) {
      const result = await transact(
        database,
        "readwrite",
        "The edits could not be saved",
        (store): (() => SaveResult) => {
          const savedAt = now().toISOString();
          let outcome: SaveResult | undefined;
          const current = store.get(savedKey);
          current.onsuccess = () => {
            const found = current.result as SavedEdits | undefined;
            const revision = found?.revision ?? 0;
            if (revision !== expectedRevision && !saveOptions.overwrite) {
              outcome = {
                ok: false,
                conflict: { savedAt: found?.savedAt ?? "", by: "another tab", revision },
              };
              return;
            }
            const next: SavedEdits = { edits, revision: revision + 1, savedAt };
            store.put(next, savedKey);
            outcome = { ok: true, revision: next.revision, savedAt };
          };
          return () => outcome as SaveResult;
        },
      );
      if (result.ok) channel?.postMessage({ revision: result.revision, savedAt: result.savedAt });
      return result;
    },

    saveDraft(draft) {
      return transact(database, "readwrite", "The draft could not be kept", (store) => {
        if (draft === null) store.delete(draftKey);
        else store.put(draft, draftKey);
        return () => undefined;
      });
    },

    onChangedElsewhere(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    close() {
      listeners.clear();
      channel?.close();
      database.close();
    },
  };
}
