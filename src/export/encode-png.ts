import type { PngRequest, PngResponse } from "./png-protocol.ts";

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (blob: Blob) => void; reject: (error: Error) => void }>();

function settleAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker?.terminate();
  worker = null;
}

function encoder(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL("./png-worker.ts", import.meta.url), { type: "module", name: "png" });
  created.onmessage = ({ data }: MessageEvent<PngResponse>) => {
    const request = pending.get(data.id);
    pending.delete(data.id);
    if ("blob" in data) request?.resolve(data.blob);
    else request?.reject(new Error(data.error));
  };
  created.onerror = (event) => {
    event.preventDefault();
    settleAll(new Error(event.message || "The PNG encoder could not start"));
  };
  created.onmessageerror = () => settleAll(new Error("The PNG encoder's answer could not be read"));
  worker = created;
  return created;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The browser could not encode the PNG"))),
      "image/png",
    ),
  );
}

async function inWorker(canvas: HTMLCanvasElement): Promise<Blob> {
  const bitmap = await createImageBitmap(canvas);
  const id = nextId++;
  const message: PngRequest = { id, bitmap };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    encoder().postMessage(message, [bitmap]);
  });
}

/** The canvas as a PNG, encoded in a worker where the browser can; on the main thread otherwise. */
export async function encodePng(canvas: HTMLCanvasElement): Promise<Blob> {
  if (typeof OffscreenCanvas === "undefined" || typeof Worker === "undefined") return toBlob(canvas);
  try {
    return await inWorker(canvas);
  } catch {
    return toBlob(canvas);
  }
}
