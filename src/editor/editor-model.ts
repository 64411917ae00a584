import { type EditsStore, openEditsStore } from "../editing/edits-store.ts";
import { loadShippedTexts } from "../editing/shipped-texts.ts";
import type { DatasetTexts } from "../editing/types.ts";

/**
 * The editor's model, loaded once per page: the shipped texts (lazy chunks of their own) and the IndexedDB
 * store of the edits and the draft.
 */
let shipped: Promise<DatasetTexts> | null = null;
let store: Promise<EditsStore> | null = null;

export function shippedTexts(): Promise<DatasetTexts> {
  shipped ??= loadShippedTexts();
  return shipped;
}

export function editsStore(): Promise<EditsStore> {
  store ??= openEditsStore();
  return store;
}
