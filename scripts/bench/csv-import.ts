/**
 * The CSV import at scale: a seeded file of ship positions (one row per position, vessels interleaved as AIS
 * exports are), imported through the app's panel, against papaparse alone parsing the same file in a Web Worker
 * on the same page. The file is written to the scratch directory, never committed.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { coldLoad, importLabel } from "./scenarios.ts";
import type { StaticServer } from "./static-server.ts";
import { seededRandom } from "./synthetic-data.ts";

export type ShipPositions = { path: string; rows: number; vessels: number; bytes: number; sha256: string };

export function writeShipPositions(
  path: string,
  rows = 100_000,
  vessels = 200,
  seed = 20_231_001,
): ShipPositions {
  const random = seededRandom(seed);
  const positions = Array.from({ length: vessels }, () => [130 + random() * 3, 41 + random() * 3]);
  const start = Date.UTC(2023, 7, 1);
  const lines = ["mmsi,timestamp,latitude,longitude,speed,course"];
  for (let row = 0; row < rows; row++) {
    const vessel = row % vessels;
    const position = positions[vessel] as number[];
    position[0] = (position[0] ?? 0) + (random() - 0.5) * 0.02;
    position[1] = (position[1] ?? 0) + (random() - 0.5) * 0.02;
    const time = new Date(start + Math.floor(row / vessels) * 600_000).toISOString().slice(0, 19);
    lines.push(
      `${273_000_000 + vessel},${time}Z,${(position[1] ?? 0).toFixed(5)},${(position[0] ?? 0).toFixed(5)},${(random() * 15).toFixed(1)},${Math.floor(random() * 360)}`,
    );
  }
  const text = `${lines.join("\n")}\n`;
  writeFileSync(path, text);
  return {
    path,
    rows,
    vessels,
    bytes: Buffer.byteLength(text),
    sha256: createHash("sha256").update(text).digest("hex"),
  };
}

const papaparseSource = () =>
  readFileSync(createRequire(import.meta.url).resolve("papaparse/papaparse.min.js"), "utf8");

async function onColdPage<T>(
  browser: Browser,
  server: StaticServer,
  url: string,
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const load = await coldLoad(browser, server, url);
  try {
    return await run(load.page);
  } finally {
    await load.context.close();
  }
}

/** From the click on Import in the column preview to the file's report (read, parsed, checked, prepared, saved). */
async function appImportMs(page: Page, file: string): Promise<number> {
  await page.getByLabel(importLabel).setInputFiles(file);
  const dialog = page.getByRole("dialog");
  await dialog.waitFor({ timeout: 60_000 });
  const started = performance.now();
  await dialog.getByRole("button", { name: "Import" }).click();
  await page.waitForFunction(
    () =>
      document.querySelectorAll(".import-report").length > 0 &&
      document.querySelectorAll('[data-testid="import-progress"]').length === 0,
    undefined,
    { timeout: 180_000, polling: 50 },
  );
  return performance.now() - started;
}

/** papaparse alone in a Worker on the app's page: the file read and parsed, rows as arrays of strings. */
function papaparseMs(page: Page, file: string): Promise<number> {
  return page.evaluate(
    async ({ source, text }) => {
      const worker = new Worker(
        URL.createObjectURL(
          new Blob([
            `${source}\nonmessage = async (event) => { const rows = Papa.parse(await event.data.text()).data.length; postMessage(rows); };`,
          ]),
        ),
      );
      const csv = new File([text], "positions.csv");
      const started = performance.now();
      await new Promise((resolve) => {
        worker.onmessage = resolve;
        worker.postMessage(csv);
      });
      worker.terminate();
      return performance.now() - started;
    },
    { source: papaparseSource(), text: readFileSync(file, "utf8") },
  );
}

export async function measureCsvImport(
  browser: Browser,
  server: StaticServer,
  url: string,
  file: string,
  rounds: number,
): Promise<{ app: number[]; papaparse: number[] }> {
  const app: number[] = [];
  const papaparse: number[] = [];
  for (let round = 0; round < rounds; round++) {
    app.push(await onColdPage(browser, server, url, (page) => appImportMs(page, file)));
    papaparse.push(await onColdPage(browser, server, url, (page) => papaparseMs(page, file)));
  }
  return { app, papaparse };
}

export function csvImportReport(
  positions: ShipPositions,
  samples: { app: number[]; papaparse: number[] },
): string {
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const app = median(samples.app);
  const papaparse = median(samples.papaparse);
  return [
    `CSV import: ${positions.rows.toLocaleString("en-GB")} ship positions of ${positions.vessels} vessels, ${(positions.bytes / 1024 / 1024).toFixed(1)} MB, sha256 ${positions.sha256.slice(0, 16)}`,
    `  app (Import click to report; parse, tracks, check, prepare, save): median ${app.toFixed(0)} ms of ${samples.app.map((ms) => ms.toFixed(0)).join(", ")}`,
    `  papaparse alone in a worker (read + parse):                      median ${papaparse.toFixed(0)} ms of ${samples.papaparse.map((ms) => ms.toFixed(0)).join(", ")}`,
    `  ratio app / papaparse: ${(app / papaparse).toFixed(1)}×`,
  ].join("\n");
}

/** `npx tsx scripts/bench/csv-import.ts [--rounds 3]`: this comparison alone (`npm run bench -- --csv-import` adds it to the rest). */
async function main(): Promise<void> {
  const { join } = await import("node:path");
  const { parseArgs } = await import("node:util");
  const { runStandalone } = await import("./standalone.ts");
  const rounds = Number(parseArgs({ options: { rounds: { type: "string", default: "3" } } }).values.rounds);
  await runStandalone("csv", { bare: false }, async ({ scratch, server, browser, urls }) => {
    const positions = writeShipPositions(join(scratch, "ship-positions.csv"));
    const samples = await measureCsvImport(browser, server, urls.app, positions.path, rounds);
    console.log(csvImportReport(positions, samples));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
