/**
 * `npm run bench -- --trace`: records a Chromium trace of one cold load of each page (the files open in Chrome's
 * Performance panel or https://ui.perfetto.dev) and sums where the time until ready went, per thread. CPU time
 * (the trace's thread time) is reported beside wall time: on a busy machine it moves much less.
 */
import { writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { coldLoad } from "./scenarios.ts";
import type { StaticServer } from "./static-server.ts";

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
};

export type ThreadTimes = { wallMs: number; cpuMs: number };

export type TraceSummary = {
  page: string;
  readyMs: number;
  /** Per kind of thread until ready: busy wall time (union of tasks) and CPU time; threads of a kind add up. */
  threads: Record<string, ThreadTimes>;
  /** The renderer main thread's biggest event kinds until ready, by CPU time (kinds nest, so they overlap). */
  mainThreadTopEvents: Array<{ name: string; cpuMs: number; count: number }>;
  /** JavaScript entry points on the main thread (FunctionCall by function name), by CPU time. */
  mainThreadTopFunctions: Array<{ name: string; cpuMs: number; count: number }>;
  file: string;
};

export const traceCategories = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "blink.user_timing",
  "toplevel",
].join(",");

/** Names the trace gives the threads that matter here. */
function threadKind(name: string): string | null {
  if (name === "CrRendererMain") return "renderer main";
  if (name.startsWith("DedicatedWorker")) return "workers";
  if (name === "CrGpuMain" || name.startsWith("VizCompositor")) return "GPU process";
  if (name === "Compositor") return "compositor";
  return null;
}

const isTask = (event: TraceEvent) =>
  event.name === "ThreadControllerImpl::RunTask" || event.name === "RunTask";

function top(entries: Map<string, { cpu: number; count: number }>) {
  return [...entries.entries()]
    .map(([name, value]) => ({ name, cpuMs: Math.round(value.cpu / 1000), count: value.count }))
    .sort((a, b) => b.cpuMs - a.cpuMs)
    .slice(0, 10);
}

export function summarizeTrace(
  events: TraceEvent[],
  readyMs: number,
  page: string,
  file: string,
): TraceSummary {
  const names = new Map<string, string>();
  for (const event of events) {
    if (event.ph === "M" && event.name === "thread_name" && event.args?.name)
      names.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  // The measured page's renderer is the one that marked the navigation's start.
  const start = events.find((event) => event.name === "navigationStart" && event.cat.includes("blink"));
  if (!start) throw new Error("The trace has no navigationStart");
  const end = start.ts + readyMs * 1000;
  const tasksByThread = new Map<string, { kind: string; tasks: TraceEvent[] }>();
  const events_ = new Map<string, { cpu: number; count: number }>();
  const functions = new Map<string, { cpu: number; count: number }>();
  const add = (map: typeof events_, key: string, cpu: number) => {
    const entry = map.get(key) ?? { cpu: 0, count: 0 };
    entry.cpu += cpu;
    entry.count++;
    map.set(key, entry);
  };
  for (const event of events) {
    if (event.ph !== "X" || event.ts < start.ts || event.ts > end) continue;
    const kind = threadKind(names.get(`${event.pid}:${event.tid}`) ?? "");
    if (!kind || (kind !== "GPU process" && event.pid !== start.pid)) continue;
    if (isTask(event)) {
      const key = `${event.pid}:${event.tid}`;
      const entry = tasksByThread.get(key) ?? { kind, tasks: [] };
      entry.tasks.push(event);
      tasksByThread.set(key, entry);
    } else if (kind === "renderer main" && event.cat.includes("devtools.timeline")) {
      add(events_, event.name, event.tdur ?? 0);
      if (event.name === "FunctionCall")
        add(functions, event.args?.data?.functionName || "(anonymous)", event.tdur ?? 0);
    }
  }
  const threads: Record<string, ThreadTimes> = {};
  for (const { kind, tasks } of tasksByThread.values()) {
    // Tasks nest (a RunTask inside a RunTask): count the outermost ones only.
    tasks.sort((a, b) => a.ts - b.ts);
    let wall = 0;
    let cpu = 0;
    let reach = Number.NEGATIVE_INFINITY;
    for (const task of tasks) {
      const taskEnd = Math.min(end, task.ts + (task.dur ?? 0));
      if (task.ts < reach) continue;
      wall += taskEnd - task.ts;
      cpu += task.tdur ?? 0;
      reach = taskEnd;
    }
    const entry = threads[kind] ?? { wallMs: 0, cpuMs: 0 };
    entry.wallMs += wall / 1000;
    entry.cpuMs += cpu / 1000;
    threads[kind] = entry;
  }
  for (const entry of Object.values(threads)) {
    entry.wallMs = Math.round(entry.wallMs);
    entry.cpuMs = Math.round(entry.cpuMs);
  }
  return {
    page,
    readyMs,
    threads,
    mainThreadTopEvents: top(events_),
    mainThreadTopFunctions: top(functions),
    file,
  };
}

export async function traceLoad(
  browser: Browser,
  server: StaticServer,
  page: string,
  url: string,
  file: string,
): Promise<TraceSummary> {
  const load = await coldLoad(browser, server, url, { traceCategories });
  await load.context.close();
  if (!load.trace) throw new Error("No trace was recorded");
  writeFileSync(file, load.trace);
  const parsed = JSON.parse(load.trace.toString("utf8")) as { traceEvents: TraceEvent[] };
  return summarizeTrace(parsed.traceEvents, load.readyMs, page, file);
}
