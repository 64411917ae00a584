/**
 * Undo and redo over snapshots of the working draft (form values and geometry together, so that one step undoes
 * whatever the analyst last did, in the form or on the map). States are kept as given: callers push new objects
 * rather than mutate old ones. Bounded: the oldest steps are dropped beyond `limit`.
 */
export class EditHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  private current: T | undefined;
  private lastGroup: string | undefined;

  constructor(private readonly limit = 200) {}

  /**
   * Records a new state; the redo steps are dropped (a new change after undo starts a new branch). Consecutive
   * pushes with the same `group` (say, "title" while the analyst types in the title) make one step, so that undo
   * takes back the whole burst of typing rather than one character.
   */
  push(state: T, group?: string): void {
    const sameGroup = group !== undefined && group === this.lastGroup && this.future.length === 0;
    this.lastGroup = group;
    if (sameGroup && this.current !== undefined) {
      this.current = state;
      return;
    }
    if (this.current !== undefined) {
      this.past.push(this.current);
      if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
    }
    this.current = state;
    this.future = [];
  }

  /** Starts over from `state`, with nothing to undo or redo (a draft opened or saved). */
  reset(state: T): void {
    this.lastGroup = undefined;
    this.past = [];
    this.future = [];
    this.current = state;
  }

  get present(): T | undefined {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The previous state, now current; undefined when there is nothing to undo. */
  undo(): T | undefined {
    this.lastGroup = undefined;
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    if (this.current !== undefined) this.future.push(this.current);
    this.current = previous;
    return previous;
  }

  /** The state undone last, now current again; undefined when there is nothing to redo. */
  redo(): T | undefined {
    this.lastGroup = undefined;
    const next = this.future.pop();
    if (next === undefined) return undefined;
    if (this.current !== undefined) this.past.push(this.current);
    this.current = next;
    return next;
  }
}
