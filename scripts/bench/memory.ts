/**
 * Memory of this process's descendants (the browser and its renderer, GPU and utility processes, workers
 * included), read from Linux's /proc as PSS: each shared page is counted once in total, split between the
 * processes that share it, so the sum is what the browser holds. NaN off Linux.
 */
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: string): number | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(text.slice(text.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

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
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return Number.NaN;
  }
  const children = new Map<number, number[]>();
  for (const pid of entries) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), Number(pid)]);
  }
  let bytes = 0;
  const queue = [...(children.get(process.pid) ?? [])];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    bytes += pssBytes(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return bytes;
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
