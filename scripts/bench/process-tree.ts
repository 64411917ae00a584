/** This process's descendants (the browser and its renderer, GPU and utility processes), read from Linux's /proc. */
import { readdirSync, readFileSync } from "node:fs";

/** A process's `stat` fields from "state" on: state(0) ppid(1) … utime(11) stime(12); null once it has ended. */
export function statFields(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: the fields after it start after the last ")".
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** The pids of every living descendant of this process; null off Linux. */
export function descendantPids(): number[] | null {
  let entries: number[];
  try {
    entries = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const pid of entries) {
    const parent = Number(statFields(pid)?.[1] ?? Number.NaN);
    if (Number.isFinite(parent)) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(process.pid) ?? [])];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}
