import { preparedWithEdits } from "../editing/check-edits.ts";
import type { LocalEdits } from "../editing/types.ts";
import type { PreparedDataset } from "../state/bundled-dataset.ts";
import { editsStore, shippedTexts } from "./editor-model.ts";

/** The analyst's saved edits and the data the map shows with them. */
export type LocalEditsView = { edits: LocalEdits; prepared: PreparedDataset };

export function isEmpty(edits: LocalEdits): boolean {
  return Object.keys(edits.features).length === 0 && Object.keys(edits.publications).length === 0;
}

/** The shipped data with the saved edits applied, prepared as the build prepares it. */
export async function viewOfEdits(edits: LocalEdits): Promise<LocalEditsView> {
  const { prepared } = preparedWithEdits(await shippedTexts(), edits);
  return { edits, prepared };
}

/** The saved edits from IndexedDB, with their data; null when there are none. */
export async function loadSavedEdits(): Promise<LocalEditsView | null> {
  const { edits } = await (await editsStore()).load();
  return isEmpty(edits) ? null : viewOfEdits(edits);
}
