/**
 * CPU time used by this process's descendants (the browser and its renderer, GPU and utility processes, with
 * all their threads, SwiftShader's included), read from Linux's /proc. Wall-clock times swing with whatever else
 * the machine is doing; CPU time barely does, so it tells a slow page from a busy machine. NaN off Linux.
 */
import { readdirSync, readFileSync } from "node:fs";

const ticksPerSecond = 100;

type ProcessStat = { pid: number; parent: number; ticks: number };

function readStat(pid: string): ProcessStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: the fields after it start after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // Fields from "state" on: state(0) ppid(1) … utime(11) stime(12).
    return { pid: Number(pid), parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Milliseconds of CPU time used so far by every living descendant of this process. */
export function descendantsCpuMs(): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return Number.NaN;
  }
  const stats = entries.flatMap((pid) => readStat(pid) ?? []);
  const children = new Map<number, ProcessStat[]>();
  for (const stat of stats) children.set(stat.parent, [...(children.get(stat.parent) ?? []), stat]);
  let ticks = 0;
  const queue = [...(children.get(process.pid) ?? [])];
  while (queue.length > 0) {
    const stat = queue.pop() as ProcessStat;
    ticks += stat.ticks;
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return (ticks / ticksPerSecond) * 1000;
}
