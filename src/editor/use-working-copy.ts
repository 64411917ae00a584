import { useCallback, useEffect, useRef, useState } from "react";
import { EditHistory } from "../editing/history.ts";
import type { FormValue } from "../editing/types.ts";
import type { DrawnGeometry } from "./drawing/drawing-session.ts";
import type { WorkingCopy } from "./working-copy.ts";

/**
 * The working copy with its undo history. One step is one deliberate change: a pick in a list, an item added or
 * removed, a drawing finished, or a text field's typing once the field loses the focus (inside a text field the
 * browser's own undo takes back keystrokes).
 */
export function useWorkingCopy(initial: WorkingCopy | null, onRestore: (working: WorkingCopy) => void) {
  const [working, setWorking] = useState<WorkingCopy | null>(initial);
  const history = useRef(new EditHistory<WorkingCopy>());
  const latest = useRef<WorkingCopy | null>(initial);
  // Typing not yet recorded as a step.
  const typing = useRef(false);
  const [steps, setSteps] = useState({ canUndo: false, canRedo: false });

  const report = useCallback(() => {
    setSteps({ canUndo: history.current.canUndo || typing.current, canRedo: history.current.canRedo });
  }, []);

  const replace = useCallback(
    (next: WorkingCopy) => {
      latest.current = next;
      typing.current = false;
      history.current.reset(next);
      setWorking(next);
      report();
    },
    [report],
  );

  useEffect(() => {
    if (initial) replace(initial);
  }, [initial, replace]);

  const update = useCallback(
    (change: (working: WorkingCopy) => WorkingCopy, commit: boolean) => {
      const current = latest.current;
      if (!current) return;
      const next = change(current);
      latest.current = next;
      setWorking(next);
      if (commit) {
        history.current.push(next);
        typing.current = false;
      } else typing.current = true;
      report();
    },
    [report],
  );

  const commitTyping = useCallback(() => {
    if (!typing.current || !latest.current) return;
    history.current.push(latest.current);
    typing.current = false;
    report();
  }, [report]);

  const setValue = useCallback(
    (key: string, value: FormValue, commit: boolean) =>
      update((current) => ({ ...current, values: { ...current.values, [key]: value } }), commit),
    [update],
  );

  const setGeometry = useCallback(
    (geometry: DrawnGeometry | null) => update((current) => ({ ...current, geometry }), true),
    [update],
  );

  const step = useCallback(
    (direction: "undo" | "redo") => {
      commitTyping();
      const next = direction === "undo" ? history.current.undo() : history.current.redo();
      if (!next) return;
      latest.current = next;
      setWorking(next);
      onRestore(next);
      report();
    },
    [commitTyping, onRestore, report],
  );

  return {
    working,
    latest,
    replace,
    update,
    setValue,
    setGeometry,
    commitTyping,
    undo: () => step("undo"),
    redo: () => step("redo"),
    ...steps,
  };
}
