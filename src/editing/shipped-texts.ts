import type { DatasetTexts } from "./types.ts";

/*
 * The shipped data files as text, exactly as committed, for applying edits and exporting changed files. Each
 * file is its own lazy chunk: nothing here is in the page's main bundle, and nothing is loaded until the editor
 * asks.
 */
const loaders = import.meta.glob<string>("../../geojson/*.{geojson,json}", {
  query: "?raw",
  import: "default",
});

/** File name → text of every file in geojson/. */
export async function loadShippedTexts(): Promise<DatasetTexts> {
  const entries = await Promise.all(
    Object.entries(loaders).map(
      async ([path, load]) => [path.slice(path.lastIndexOf("/") + 1), await load()] as const,
    ),
  );
  return Object.fromEntries(entries.sort(([left], [right]) => left.localeCompare(right)));
}
