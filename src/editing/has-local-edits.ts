/*
 * Whether the editor has anything saved in this browser: the app asks at start, to load the editor's code only
 * when there is something to show. Deliberately tiny, with no imports, so it adds almost nothing to the page.
 */

export const editsDatabaseName = "supply-route-map-edits";
export const editsDatabaseVersion = 1;
export const editsStoreName = "edits";
/** Keys in the store: the saved edits (with their revision) and the working draft. */
export const savedKey = "saved";
export const draftKey = "draft";

type Saved = { edits?: { features?: object; publications?: object } } | undefined;

function nonEmpty(value: object | undefined): boolean {
  return value !== undefined && Object.keys(value).length > 0;
}

/** True when edits or a draft are saved; false when there are none, or no database, or it cannot be read. */
export function hasLocalEdits(): Promise<boolean> {
  return new Promise((resolve) => {
    if (typeof indexedDB === "undefined") {
      resolve(false);
      return;
    }
    const request = indexedDB.open(editsDatabaseName);
    // No database yet: abort the creation, so that asking does not create an empty one.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(false);
    request.onblocked = () => resolve(false);
    request.onsuccess = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains(editsStoreName)) {
        database.close();
        resolve(false);
        return;
      }
      const transaction = database.transaction(editsStoreName, "readonly");
      const store = transaction.objectStore(editsStoreName);
      const saved = store.get(savedKey);
      const draft = store.get(draftKey);
      transaction.oncomplete = () => {
        database.close();
        const edits = (saved.result as Saved)?.edits;
        resolve(
          nonEmpty(edits?.features) || nonEmpty(edits?.publications) || (draft.result ?? null) !== null,
        );
      };
      transaction.onerror = () => {
        database.close();
        resolve(false);
      };
    };
  });
}
