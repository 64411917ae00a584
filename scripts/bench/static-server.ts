/**
 * A loopback static server for the benchmark, the same for the app and the bare pages so that neither gets a
 * faster server. It serves the built directories under a prefix each, gzip-compressed ahead of time (as a
 * production server with precompressed files would; compressing does not count in any page's time), and logs
 * every response with the bytes it put on the wire, so that requests from MapLibre's worker are counted too
 * (a page's own `performance` entries do not see them).
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** Fonts and images are compressed already; gzip would only cost time. */
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".geojson", ".svg"]);

type StoredFile = { raw: Buffer; gzip: Buffer | null; type: string; immutable: boolean };

export type LoggedResponse = {
  path: string;
  status: number;
  /** Bytes of the body as sent (gzip when the browser accepted it); headers are not counted. */
  wireBytes: number;
  rawBytes: number;
  encoding: "gzip" | "identity";
  /** `performance.now()` of this process when the request came in and when the body was written. */
  receivedAt: number;
  finishedAt: number;
};

/** Requests under this path are answered "204 No Content" and only logged: the pages' timing marks. */
export const markPrefix = "/__bench/";

export type StaticServer = {
  url: string;
  log: LoggedResponse[];
  /** Serves one more file at `urlPath` from now on (read and compressed now), e.g. data written mid-run. */
  addFile: (urlPath: string, path: string) => void;
  /** Stops serving `urlPath` and frees its bytes. */
  removeFile: (urlPath: string) => void;
  close: () => Promise<void>;
};

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function storedFile(urlPath: string, path: string): StoredFile {
  const extension = extname(path);
  const raw = readFileSync(path);
  return {
    raw,
    gzip: compressible.has(extension) ? gzipSync(raw, { level: 9 }) : null,
    type: contentTypes[extension] ?? "application/octet-stream",
    // Vite's hashed assets never change under the same name.
    immutable: urlPath.includes("/assets/"),
  };
}

function loadDirectory(prefix: string, directory: string, files: Map<string, StoredFile>): void {
  for (const path of walk(directory)) {
    const urlPath = `${prefix}${relative(directory, path).split("\\").join("/")}`;
    files.set(urlPath, storedFile(urlPath, path));
  }
}

/** Serves each directory under its prefix ("/app/" → dist of the app, …) on a random loopback port. */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const files = new Map<string, StoredFile>();
  for (const [prefix, directory] of Object.entries(mounts)) loadDirectory(prefix, directory, files);
  const log: LoggedResponse[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const receivedAt = performance.now();
    let path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (path.endsWith("/")) path += "index.html";
    if (path.startsWith(markPrefix)) {
      response.writeHead(204, { "Cache-Control": "no-store" }).end();
      log.push({
        path,
        status: 204,
        wireBytes: 0,
        rawBytes: 0,
        encoding: "identity",
        receivedAt,
        finishedAt: performance.now(),
      });
      return;
    }
    const file = files.get(path);
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      log.push({
        path,
        status: 404,
        wireBytes: 0,
        rawBytes: 0,
        encoding: "identity",
        receivedAt,
        finishedAt: performance.now(),
      });
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const body = acceptsGzip && file.gzip ? file.gzip : file.raw;
    const encoding = acceptsGzip && file.gzip ? "gzip" : "identity";
    response.writeHead(200, {
      "Content-Type": file.type,
      "Content-Length": body.length,
      "Cache-Control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
      ...(encoding === "gzip" ? { "Content-Encoding": "gzip" } : {}),
      Vary: "Accept-Encoding",
    });
    response.end(body, () => {
      log.push({
        path,
        status: 200,
        wireBytes: body.length,
        rawBytes: file.raw.length,
        encoding,
        receivedAt,
        finishedAt: performance.now(),
      });
    });
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    addFile: (urlPath, path) => {
      files.set(urlPath, storedFile(urlPath, path));
    },
    removeFile: (urlPath) => {
      files.delete(urlPath);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
