/**
 * Memory of this process's descendants (the browser and its renderer, GPU and utility processes, workers
 * included), read from Linux's /proc as PSS: each shared page is counted once in total, split between the
 * processes that share it, so the sum is what the browser holds. NaN off Linux.
 */
import { readFileSync } from "node:fs";
import { descendantPids } from "./process-tree.ts";

function pssBytes(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Bytes (PSS) held now by every living descendant of this process. */
export function descendantsPssBytes(): number {
  const pids = descendantPids();
  return pids ? pids.reduce((bytes, pid) => bytes + pssBytes(pid), 0) : Number.NaN;
}

/**
 * Runs `work` while sampling the browser's memory every `intervalMs`; resolves with its result and the peak
 * growth over the memory held when it started (so that the page's own size before the work is left out).
 */
export async function withPeakMemory<T>(
  work: () => Promise<T>,
  intervalMs = 100,
): Promise<{ result: T; peakGrowthBytes: number }> {
  const before = descendantsPssBytes();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, descendantsPssBytes());
  }, intervalMs);
  try {
    const result = await work();
    peak = Math.max(peak, descendantsPssBytes());
    return { result, peakGrowthBytes: peak - before };
  } finally {
    clearInterval(timer);
  }
}
