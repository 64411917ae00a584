import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Runs `npm run validate -- …` the way npm does, without npm's own warnings on stderr. */
function validate(...files: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/validate.ts", ...files], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const problemLine = /^[^:]+: feature [^:]+: [^:]+: .+$/;

test("the command exits 1 on bad files and prints every problem in the agreed format", {
  timeout: 30_000,
}, () => {
  const result = validate(
    "tests/fixtures/data/bad-swapped-coordinates.geojson",
    "tests/fixtures/data/bad-dangling-citation.geojson",
    "tests/fixtures/data/bad-syntax.geojson",
    "tests/fixtures/data/bad-utf16.geojson",
  );
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines.slice(0, -1).every((line) => problemLine.test(line))).toBe(true);
  expect(lines).toEqual([
    "tests/fixtures/data/bad-utf16.geojson: feature -: -: is UTF-16LE text; expected UTF-8 (save it as UTF-8)",
    'tests/fixtures/data/bad-syntax.geojson: feature -: -: invalid JSON at line 4, column 24: trailing comma before "}"; JSON does not allow one here',
    "tests/fixtures/data/bad-swapped-coordinates.geojson: feature fixture-swapped: geometry.coordinates[0][1]: latitude is 130.608; expected -90 to 90 (GeoJSON order is [longitude, latitude]; is the pair swapped?)",
    'tests/fixtures/data/bad-dangling-citation.geojson: feature fixture-dangling: properties.period.start: is "2023-02-30"; expected an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date',
    'tests/fixtures/data/bad-dangling-citation.geojson: feature fixture-dangling: properties.citations[0].publication: "a-blog-post-nobody-listed" is not in publications.json; expected the id of a listed publication',
    "validate: 5 problems in 4 files",
  ]);
  expect(result.stdout).toBe("");
});

test("the command exits 0 on the real data with a one-line summary", { timeout: 30_000 }, () => {
  const result = validate();
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^\d+ files, \d+ features, \d+ publications: OK\n$/);
});

test("a single file is checked against the publications and places in geojson/", { timeout: 30_000 }, () => {
  const result = validate("tests/fixtures/data/good-route.geojson");
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^1 file, 1 feature, \d+ publications: OK\n$/);
});

test("a file that does not exist is named, without a stack trace", { timeout: 30_000 }, () => {
  const result = validate("tests/fixtures/data/no-such-file.geojson");
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    "tests/fixtures/data/no-such-file.geojson: feature -: -: cannot be read (ENOENT); expected an existing file\nvalidate: 1 problem in 1 file\n",
  );
});
