import { useCallback, useEffect, useRef, useState } from "react";
import { EditHistory } from "../editing/history.ts";
import type { FormValue } from "../editing/types.ts";
import type { DrawnGeometry } from "./drawing/drawing-session.ts";
import type { WorkingCopy } from "./working-copy.ts";

/**
 * The working copy with its undo history. One step is one deliberate change: a pick in a list, an item added or
 * removed, a drawing finished, or a burst of typing in one field (until another change comes between).
 */
export function useWorkingCopy(initial: WorkingCopy | null, onRestore: (working: WorkingCopy) => void) {
  const [working, setWorking] = useState<WorkingCopy | null>(initial);
  const history = useRef(new EditHistory<WorkingCopy>());
  const latest = useRef<WorkingCopy | null>(initial);
  const [steps, setSteps] = useState({ canUndo: false, canRedo: false });

  const report = useCallback(() => {
    setSteps({ canUndo: history.current.canUndo, canRedo: history.current.canRedo });
  }, []);

  const replace = useCallback(
    (next: WorkingCopy) => {
      latest.current = next;
      history.current.reset(next);
      setWorking(next);
      report();
    },
    [report],
  );

  useEffect(() => {
    if (initial) replace(initial);
  }, [initial, replace]);

  /** A change; `typingIn` names the field whose keystrokes make one step together. */
  const update = useCallback(
    (change: (working: WorkingCopy) => WorkingCopy, typingIn?: string) => {
      const current = latest.current;
      if (!current) return;
      const next = change(current);
      latest.current = next;
      setWorking(next);
      history.current.push(next, typingIn);
      report();
    },
    [report],
  );

  const setValue = useCallback(
    (key: string, value: FormValue, commit: boolean) =>
      update(
        (current) => ({ ...current, values: { ...current.values, [key]: value } }),
        commit ? undefined : key,
      ),
    [update],
  );

  const setGeometry = useCallback(
    (geometry: DrawnGeometry | null) => update((current) => ({ ...current, geometry })),
    [update],
  );

  const step = useCallback(
    (direction: "undo" | "redo") => {
      const next = direction === "undo" ? history.current.undo() : history.current.redo();
      if (!next) return;
      latest.current = next;
      setWorking(next);
      onRestore(next);
      report();
    },
    [onRestore, report],
  );

  return {
    working,
    latest,
    replace,
    update,
    setValue,
    setGeometry,
    undo: () => step("undo"),
    redo: () => step("redo"),
    ...steps,
  };
}
