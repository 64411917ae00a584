import type { ImportProgress } from "./check-file.ts";
import { LayerAssembler } from "./layer-transfer.ts";
import type { WorkerFinal, WorkerOutcome, WorkerRequest, WorkerResponse } from "./worker-protocol.ts";

export type WorkerJob = {
  /** Settles once, never rejects: failures are outcomes the panel reports. */
  outcome: Promise<WorkerOutcome>;
  /** Ends the worker at once, wherever it is; the outcome is then "cancelled". */
  cancel: () => void;
};

/** Runs one request in a fresh import worker, which is ended when it answers (freeing its memory at once). */
export function runInWorker(
  request: WorkerRequest,
  onProgress?: (progress: ImportProgress) => void,
): WorkerJob {
  let settle: (outcome: WorkerOutcome) => void = () => {};
  let worker: Worker | null = null;
  const assembler = new LayerAssembler();
  const outcome = new Promise<WorkerOutcome>((resolve) => {
    settle = (result) => {
      worker?.terminate();
      settle = () => {};
      if (result.type !== "imported" && result.type !== "restored") assembler.discard();
      resolve(result);
    };
  });
  const finish = (final: WorkerFinal) =>
    settle(
      final.type === "imported" || final.type === "restored" ? { ...final, layers: assembler.layers } : final,
    );
  try {
    worker = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module", name: "import" });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === "progress") onProgress?.(message.progress);
      else if (message.type === "layer-part" || message.type === "layer-end") assembler.add(message);
      else finish(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      settle({
        type: "failed",
        message: `The import stopped: ${event.message || "its worker could not start"}`,
      });
    };
    worker.onmessageerror = () =>
      settle({ type: "failed", message: "The import's result could not be read" });
    worker.postMessage(request);
  } catch (error) {
    settle({ type: "failed", message: `The import could not start: ${String(error)}` });
  }
  return { outcome, cancel: () => settle({ type: "cancelled" }) };
}
