import type { TileLayer } from "./tile-layers.ts";

/*
 * Opened archives in IndexedDB, so that they come back after a reload. A file is stored as the File itself
 * (Chromium and Firefox keep a File or Blob in IndexedDB; the archive's bytes are never copied by the app), a
 * same-origin archive as its URL. Every function returns a promise that rejects with a readable Error.
 */

const databaseName = "supply-route-map-tiles";
const databaseVersion = 1;
const archiveStore = "archives";

export type StoredArchiveSource = { kind: "file"; file: File } | { kind: "url"; url: string };

export type StoredArchive = {
  /** Eight hex digits: the MapLibre source id and the protocol key are made from it. */
  id: string;
  /** The file name or the URL, as the panel and the messages name the archive. */
  name: string;
  source: StoredArchiveSource;
  openedAt: number;
  layers: TileLayer[];
};

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(
        new Error(
          "This browser keeps no local database (IndexedDB), so archives stay open only until a reload",
        ),
      );
      return;
    }
    const request = indexedDB.open(databaseName, databaseVersion);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(archiveStore))
        request.result.createObjectStore(archiveStore, { keyPath: "id" });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(new Error(`The local database could not be opened: ${request.error?.message}`));
    request.onblocked = () =>
      reject(new Error("The local database is busy in another tab; close it and retry"));
  });
}

async function inStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest | undefined,
): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction([archiveStore], mode);
      const request = work(transaction.objectStore(archiveStore));
      transaction.oncomplete = () => resolve(request?.result as T);
      const fail = () =>
        reject(new Error(`The local database refused: ${transaction.error?.message ?? "unknown"}`));
      transaction.onerror = fail;
      transaction.onabort = fail;
    });
  } finally {
    database.close();
  }
}

export function storedArchives(): Promise<StoredArchive[]> {
  return inStore<StoredArchive[]>("readonly", (store) => store.getAll());
}

export function saveArchive(archive: StoredArchive): Promise<void> {
  return inStore("readwrite", (store) => store.put(archive));
}

export function deleteArchive(id: string): Promise<void> {
  return inStore("readwrite", (store) => store.delete(id));
}
