/**
 * CPU time used by this process's descendants (the browser and its renderer, GPU and utility processes, with
 * all their threads, SwiftShader's included), read from Linux's /proc. Wall-clock times swing with whatever else
 * the machine is doing; CPU time barely does, so it tells a slow page from a busy machine. NaN off Linux.
 */
import { descendantPids, statFields } from "./process-tree.ts";

const ticksPerSecond = 100;

/** Milliseconds of CPU time used so far by every living descendant of this process. */
export function descendantsCpuMs(): number {
  const pids = descendantPids();
  if (!pids) return Number.NaN;
  let ticks = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks / ticksPerSecond) * 1000;
}
