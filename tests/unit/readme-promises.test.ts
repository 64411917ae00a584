import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** The bold leads of the bullets in one README section: "- **Toggle layers** (…" gives "Toggle layers". */
function promisesIn(readme: string, heading: string): string[] {
  const start = readme.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}" section`);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^- \*\*(.+?)\*\*/gm)].map((match) => (match[1] ?? "").replace(/[.:]$/, ""));
}

type Row = { promise: string; file: string; name: string };

function promiseTable(): Row[] {
  return [...read("tests/README.md").matchAll(/^\| ([^|]+?) \| `([^`]+)` › (.+?) \|$/gm)].map((match) => ({
    promise: match[1] ?? "",
    file: match[2] ?? "",
    name: match[3] ?? "",
  }));
}

describe("README's promises each name a test", () => {
  const readme = read("README.md");
  const promises = [...promisesIn(readme, "What a briefer can do"), ...promisesIn(readme, "Safety")];
  const rows = promiseTable();

  test("the sections and the table are read", () => {
    expect(promises.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeGreaterThanOrEqual(promises.length);
  });

  test.each(promises)("“%s” has at least one test in tests/README.md", (promise) => {
    expect(rows.map((row) => row.promise)).toContain(promise);
  });

  test("every test the table names is still in its file", () => {
    const missing = rows.filter(
      (row) =>
        !existsSync(new URL(row.file, root)) ||
        !read(row.file).includes(JSON.stringify(row.name).slice(1, -1)),
    );
    expect(missing).toEqual([]);
  });

  test("every row's promise is one README makes", () => {
    expect(rows.filter((row) => !promises.includes(row.promise))).toEqual([]);
  });
});
