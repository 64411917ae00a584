import { afterEach, expect, test, vi } from "vitest";
import { importedDataScheme, importedDataUrl } from "../../../src/map/imported-data-url.ts";

const blob = "blob:http://127.0.0.1:4199/4d7f2a90-1c3b-4e0a-9b6e-2f1d0c9e8a77";

test("a blob: URL becomes an imported-data: URL, for the whole file or its geometry only", () => {
  expect(importedDataUrl(blob)).toBe(`${importedDataScheme}://map/4d7f2a90-1c3b-4e0a-9b6e-2f1d0c9e8a77`);
  expect(importedDataUrl(blob, "geometry")).toBe(
    `${importedDataScheme}://geometry/4d7f2a90-1c3b-4e0a-9b6e-2f1d0c9e8a77`,
  );
});

test("other URLs are left as they are", () => {
  expect(importedDataUrl("data/routes.geojson")).toBe("data/routes.geojson");
  expect(importedDataUrl("https://example.org/a.geojson")).toBe("https://example.org/a.geojson");
});

type Handler = (request: { url: string }, abortController: AbortController) => Promise<{ data: unknown }>;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

test("the workers' script reads the blob: URL an imported-data: URL stands for", async () => {
  const handlers = new Map<string, Handler>();
  vi.stubGlobal("self", {
    location: { origin: "http://127.0.0.1:4199" },
    addProtocol: (scheme: string, handler: Handler) => handlers.set(scheme, handler),
  });
  const fetched: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    fetched.push(url);
    return new Response('{"type":"FeatureCollection","features":[]}');
  });
  await import("../../../src/map/imported-data-worker.mjs");
  const handler = handlers.get(importedDataScheme);
  expect(handler).toBeDefined();
  const response = await handler?.({ url: importedDataUrl(blob) }, new AbortController());
  expect(fetched).toEqual([blob]);
  expect(response?.data).toEqual({ type: "FeatureCollection", features: [] });
});

test("the workers' script fails on a blob that is gone", async () => {
  const handlers = new Map<string, Handler>();
  vi.stubGlobal("self", {
    location: { origin: "http://127.0.0.1:4199" },
    addProtocol: (scheme: string, handler: Handler) => handlers.set(scheme, handler),
  });
  vi.stubGlobal("fetch", async () => new Response("", { status: 404 }));
  await import("../../../src/map/imported-data-worker.mjs");
  await expect(
    handlers.get(importedDataScheme)?.({ url: importedDataUrl(blob) }, new AbortController()),
  ).rejects.toThrow(/could not be read/);
});

test("a file drawn while it is checked reaches MapLibre as geometry only; other files whole", async () => {
  const handlers = new Map<string, Handler>();
  vi.stubGlobal("self", {
    location: { origin: "http://127.0.0.1:4199" },
    addProtocol: (scheme: string, handler: Handler) => handlers.set(scheme, handler),
  });
  const file = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        id: 7,
        geometry: { type: "Point", coordinates: [131.9, 43.1] },
        properties: { title: "<img src=x onerror=alert(1)>", id: "a" },
      },
      { type: "Feature", geometry: null, properties: null },
    ],
  };
  vi.stubGlobal("fetch", async () => new Response(JSON.stringify(file)));
  await import("../../../src/map/imported-data-worker.mjs");
  const handler = handlers.get(importedDataScheme);
  const geometry = await handler?.({ url: importedDataUrl(blob, "geometry") }, new AbortController());
  expect(geometry?.data).toEqual({
    type: "FeatureCollection",
    features: [
      { type: "Feature", geometry: { type: "Point", coordinates: [131.9, 43.1] }, properties: {} },
      { type: "Feature", geometry: null, properties: {} },
    ],
  });
  const whole = await handler?.({ url: importedDataUrl(blob) }, new AbortController());
  expect(whole?.data).toEqual(file);
});
