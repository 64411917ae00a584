/*
 * Layers the user removed, remembered synchronously in localStorage until IndexedDB has deleted them: a deletion
 * is asynchronous, and a reload right after "Remove" could otherwise abort it and bring the layer back.
 */
const key = "supply-route-map:removed-imports";

function read(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

function write(ids: readonly string[]): void {
  try {
    if (ids.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // Without localStorage the deletion in IndexedDB is all there is; it usually completes.
  }
}

export function markRemoved(id: string): void {
  write([...new Set([...read(), id])]);
}

export function removedIds(): string[] {
  return read();
}

export function forgetRemoved(ids: readonly string[]): void {
  write(read().filter((id) => !ids.includes(id)));
}
