import type { UserFeature } from "../data/index.ts";
import type { ImportedLayerMeta } from "./imported-layer.ts";

/*
 * Imported layers in IndexedDB, so that they survive a reload. Two stores: the small layer descriptions, and the
 * checked features of each file (what the import accepted, not the raw file), so listing layers never loads
 * features. Every function returns a promise that rejects with a readable Error; callers report, never throw.
 */

const databaseName = "supply-route-map-imports";
const databaseVersion = 1;
const layerStore = "layers";
const featureStore = "collections";

export type StoredCollection = { id: string; features: UserFeature[] };

function failure(action: string, error: DOMException | null): Error {
  return new Error(`${action}: ${error?.message ?? "the browser's storage refused"}`);
}

export function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(
        new Error("This browser keeps no local database (IndexedDB), so imports last only until a reload"),
      );
      return;
    }
    const request = indexedDB.open(databaseName, databaseVersion);
    request.onupgradeneeded = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains(layerStore))
        database.createObjectStore(layerStore, { keyPath: "id" });
      if (!database.objectStoreNames.contains(featureStore))
        database.createObjectStore(featureStore, { keyPath: "id" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(failure("The local database could not be opened", request.error));
    request.onblocked = () =>
      reject(new Error("The local database is busy in another tab; close it and retry"));
  });
}

async function inTransaction<T>(
  stores: string[],
  mode: IDBTransactionMode,
  action: string,
  work: (transaction: IDBTransaction) => () => T,
): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(stores, mode);
      const result = work(transaction);
      transaction.oncomplete = () => resolve(result());
      transaction.onerror = () => reject(failure(action, transaction.error));
      transaction.onabort = () => reject(failure(action, transaction.error));
    });
  } finally {
    database.close();
  }
}

/**
 * Saves one file's layer in an open database. The features are copied into the transaction before this returns
 * (a structured clone, on the caller's thread); the promise settles once the browser has written them, which it
 * does outside this thread, so the caller can go on meanwhile.
 */
export function saveImportedIn(
  database: IDBDatabase,
  meta: ImportedLayerMeta,
  features: UserFeature[],
): Promise<void> {
  const action = "The layer could not be saved";
  try {
    const transaction = database.transaction([layerStore, featureStore], "readwrite");
    transaction.objectStore(featureStore).put({ id: meta.id, features } satisfies StoredCollection);
    transaction.objectStore(layerStore).put(meta);
    return new Promise((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(failure(action, transaction.error));
      transaction.onabort = () => reject(failure(action, transaction.error));
    });
  } catch (error) {
    return Promise.reject(new Error(`${action}: ${error instanceof Error ? error.message : String(error)}`));
  }
}

export function listImported(): Promise<ImportedLayerMeta[]> {
  return inTransaction([layerStore], "readonly", "Saved layers could not be listed", (transaction) => {
    const request = transaction.objectStore(layerStore).getAll();
    return () => (request.result as ImportedLayerMeta[]).sort((a, b) => a.importedAt - b.importedAt);
  });
}

/** True when no layer is saved; false when some are, or when the database cannot tell (the restore reports). */
export async function nothingStored(): Promise<boolean> {
  try {
    const count = await inTransaction(
      [layerStore],
      "readonly",
      "Saved layers could not be counted",
      (transaction) => {
        const request = transaction.objectStore(layerStore).count();
        return () => request.result;
      },
    );
    return count === 0;
  } catch {
    return false;
  }
}

export function loadFeatures(id: string): Promise<UserFeature[] | null> {
  return inTransaction([featureStore], "readonly", "A saved layer could not be read", (transaction) => {
    const request = transaction.objectStore(featureStore).get(id);
    return () => (request.result as StoredCollection | undefined)?.features ?? null;
  });
}

export function deleteImported(id: string): Promise<void> {
  return inTransaction(
    [layerStore, featureStore],
    "readwrite",
    "The layer could not be deleted",
    (transaction) => {
      transaction.objectStore(featureStore).delete(id);
      transaction.objectStore(layerStore).delete(id);
      return () => undefined;
    },
  );
}

/**
 * Every layer one import saved: its first layer and those a file of several folders added, which share its file
 * name and its import time's whole millisecond (see the import worker). For an import cancelled while saving.
 */
export async function deleteImportedFile(
  first: Pick<ImportedLayerMeta, "id" | "fileName" | "importedAt">,
): Promise<void> {
  const sameImport = (meta: ImportedLayerMeta) =>
    meta.id === first.id ||
    (meta.fileName === first.fileName && Math.floor(meta.importedAt) === first.importedAt);
  for (const meta of (await listImported()).filter(sameImport)) await deleteImported(meta.id);
}
