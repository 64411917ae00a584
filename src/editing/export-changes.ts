import { strToU8, zipSync } from "fflate";
import { publicationsFileName } from "../data/index.ts";
import { applyEdits, changedFiles } from "./apply-edits.ts";
import type { DatasetTexts, LocalEdits } from "./types.ts";

export type ExportedChanges = { files: { name: string; text: string }[]; zip: Uint8Array };

function shippedIds(text: string | undefined, listKey: "features" | "publications"): Set<string> {
  if (text === undefined) return new Set();
  const value = JSON.parse(text) as Record<string, { id?: unknown; properties?: { id?: unknown } }[]>;
  return new Set(
    (value[listKey] ?? []).map((entry) => String(listKey === "features" ? entry.properties?.id : entry.id)),
  );
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One line per file: what changed in it ("2 features corrected, 1 added"). */
function fileSummary(name: string, shipped: DatasetTexts, edits: LocalEdits): string {
  if (name === publicationsFileName) {
    const ids = shippedIds(shipped[name], "publications");
    const all = Object.keys(edits.publications);
    const corrected = all.filter((id) => ids.has(id)).length;
    return `${counted(corrected, "publication corrected", "publications corrected")}, ${all.length - corrected} added`;
  }
  const ids = shippedIds(shipped[name], "features");
  const all = Object.entries(edits.features).filter(([, edit]) => edit.file === name);
  const corrected = all.filter(([id]) => ids.has(id)).length;
  return `${counted(corrected, "feature corrected", "features corrected")}, ${all.length - corrected} added`;
}

function latestSave(edits: LocalEdits): Date {
  const times = [...Object.values(edits.features), ...Object.values(edits.publications)]
    .map((edit) => Date.parse(edit.savedAt))
    .filter((time) => Number.isFinite(time));
  // The ZIP format's dates start in 1980; the archive is dated by its last save so the same edits give the same bytes.
  return new Date(times.length === 0 ? Date.UTC(1980, 0, 1) : Math.max(...times));
}

function readme(files: readonly string[], shipped: DatasetTexts, edits: LocalEdits, savedAt: Date): string {
  return [
    `Changes to the map's data, saved in the editor (last saved ${savedAt.toISOString()}).`,
    "",
    "The files in geojson/ replace the files of the same name in the repository's geojson/ folder: unzip this",
    "archive at the root of the repository (or copy the files into geojson/), then run",
    "",
    "    npm run validate",
    "",
    "and review the change with `git diff geojson/` before committing it. Only the files that changed are here:",
    "",
    ...files.map((name) => `  geojson/${name}: ${fileSummary(name, shipped, edits)}`),
    "",
  ].join("\r\n");
}

/**
 * The files the saved edits change, as they should be committed (in the repository's formatting, so that the
 * diff shows only the edited features and publications), and the same files in a ZIP archive under geojson/ with
 * a README.txt saying where they go. The same edits always give the same bytes.
 */
export function exportChanges(shipped: DatasetTexts, edits: LocalEdits): ExportedChanges {
  const applied = applyEdits(shipped, edits);
  const names = changedFiles(shipped, applied);
  const files = names.map((name) => ({ name, text: applied[name] as string }));
  const savedAt = latestSave(edits);
  const entries: Record<string, Uint8Array> = {
    "README.txt": strToU8(readme(names, shipped, edits, savedAt)),
  };
  for (const file of files) entries[`geojson/${file.name}`] = strToU8(file.text);
  return { files, zip: zipSync(entries, { level: 6, mtime: savedAt }) };
}
