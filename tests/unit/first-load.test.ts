import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expect, test } from "vitest";

/*
 * What the page's first load is made of: every module reached from src/main.tsx by static imports (dynamic
 * `import()` loads later, `import type` is erased). The schemas, zod and the geometry code belong to the workers,
 * the build and the editor; one careless import of the data index would put them all in the first load.
 */

const valueImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^;"']*?\sfrom\s+)?["']([^"']+)["']/gm;

function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(valueImport)) {
      if (specifier.startsWith("virtual:") || specifier.includes("?")) continue;
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier);
        if (/\.(ts|tsx)$/.test(target)) visit(target);
      } else
        packages.add(
          specifier.startsWith("@")
            ? specifier.split("/").slice(0, 2).join("/")
            : (specifier.split("/")[0] ?? ""),
        );
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

test("the first load holds no schema, zod, geometry library, editor, drawing or tile reader", () => {
  const { files, packages } = staticGraph("src/main.tsx");
  expect(files.size).toBeGreaterThan(50);
  const relative = [...files].map((file) => file.slice(resolve(".").length + 1));
  expect(relative).toContain("src/App.tsx");
  expect(relative.filter((file) => /^src\/data\/(index|.*-schema|parse-.*)\.ts$/.test(file))).toEqual([]);
  // The one exception: the start-up question whether saved edits exist (it imports nothing).
  expect(relative.filter((file) => /^src\/(editor|editing)\//.test(file))).toEqual([
    "src/editing/has-local-edits.ts",
  ]);
  expect(
    [...packages].filter((name) => ["zod", "@turf/turf", "terra-draw", "pmtiles", "fflate"].includes(name)),
  ).toEqual([]);
});
