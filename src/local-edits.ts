import { useCallback, useEffect, useState } from "react";
import { hasLocalEdits } from "./editing/has-local-edits.ts";
import type { LocalEdits } from "./editing/types.ts";
import type { LocalEditsView } from "./editor/saved-edits.ts";

/**
 * The saved edits, for the map to show them. At start only the tiny `hasLocalEdits` runs: the editor's model
 * (the shipped texts, the schema) loads when there are saved edits, so a reader who never edited loads nothing
 * more. `show` takes edits just saved (or reverted) and prepares the data again.
 */
export function useLocalEdits(): {
  view: LocalEditsView | null;
  problem: string | null;
  show: (edits: LocalEdits) => Promise<void>;
} {
  const [view, setView] = useState<LocalEditsView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const report = useCallback((error: unknown) => {
    setProblem(
      `Your saved edits could not be shown: ${error instanceof Error ? error.message : String(error)}`,
    );
  }, []);

  useEffect(() => {
    let current = true;
    hasLocalEdits()
      .then(async (saved) => {
        if (!saved) return;
        const { loadSavedEdits } = await import("./editor/saved-edits.ts");
        const loaded = await loadSavedEdits();
        if (current) setView(loaded);
      })
      .catch((error: unknown) => {
        if (current) report(error);
      });
    return () => {
      current = false;
    };
  }, [report]);

  const show = useCallback(
    async (edits: LocalEdits) => {
      try {
        const { viewOfEdits } = await import("./editor/saved-edits.ts");
        setView(await viewOfEdits(edits));
        setProblem(null);
      } catch (error) {
        report(error);
      }
    },
    [report],
  );

  return { view, problem, show };
}
