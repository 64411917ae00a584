/**
 * How long the analyst's editor takes to open and what it loads, in the production build:
 *   npx tsx scripts/measure-editor.ts [--rounds 5]
 * Each round is a cold load in a new browser context: the app to ready, then from the click on "Edit data" to
 * the editor's panel ready (its model loaded), with the bytes of every resource fetched after the click (the
 * editor's chunks, terra-draw and the shipped files' texts), as the browser's Resource Timing reports them.
 */
import { parseArgs } from "node:util";
import { buildAndServe } from "./browser/app-server.ts";
import { launchChromium } from "./browser/chromium.ts";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const rounds = Number(values.rounds);

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const server = await buildAndServe();
const browser = await launchChromium();
const times: number[] = [];
const bytes: number[] = [];
let files: string[] = [];
try {
  for (let round = 0; round < rounds; round += 1) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', {
      state: "attached",
      timeout: 60_000,
    });
    const before = await page.evaluate(() => performance.getEntriesByType("resource").length);
    const start = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Edit data" }).click();
    await page.waitForSelector('[data-testid="editor"][data-ready="true"]', { timeout: 60_000 });
    const ready = await page.evaluate(() => performance.now());
    const loaded = await page.evaluate(
      (skip) =>
        performance
          .getEntriesByType("resource")
          .slice(skip)
          .map((entry) => {
            const resource = entry as PerformanceResourceTiming;
            return { name: resource.name, transfer: resource.transferSize, body: resource.decodedBodySize };
          }),
      before,
    );
    times.push(ready - start);
    bytes.push(loaded.reduce((sum, entry) => sum + entry.transfer, 0));
    files = loaded.map(
      (entry) => `${new URL(entry.name).pathname} ${entry.transfer} B sent, ${entry.body} B`,
    );
    await context.close();
  }
  console.log(
    `Editor open (click → panel ready), ${rounds} cold rounds: median ${Math.round(median(times))} ms`,
  );
  console.log(`  every round: ${times.map((time) => Math.round(time)).join(", ")} ms`);
  console.log(`Bytes fetched on first use: median ${median(bytes)} B sent over the wire`);
  for (const file of files) console.log(`  ${file}`);
} finally {
  await browser.close();
  await server.close();
}
