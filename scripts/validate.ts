/**
 * Checks the map's data with the same schema and rules the app uses (src/data).
 *
 *   npm run validate                  every .json/.geojson file in geojson/
 *   npm run validate -- <files|dirs>  only those; citations, places and ids still resolve against geojson/
 *
 * Prints every problem as `<file>: feature <id or index>: <json path>: <message>` and exits 1, or prints one
 * summary line and exits 0. Never a stack trace.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type DataProblem, decodeDataBytes, formatProblem, parseDataset } from "../src/data/index.ts";

const dataDirectory = fileURLToPath(new URL("../geojson/", import.meta.url));
const dataExtensions = new Set([".json", ".geojson"]);
/** Project files are small; anything this big is a mistake (or an export that belongs elsewhere). */
const maximumBytes = 50 * 1024 * 1024;

type Candidate = { path: string; display: string };
type Loaded = { key: string; display: string; text: string };

function fileProblem(display: string, message: string): DataProblem {
  return { file: display, feature: "-", path: "-", message };
}

function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : String(error);
}

function dataFilesIn(directory: string, displayDirectory: string): Candidate[] {
  return readdirSync(directory)
    .filter((name) => dataExtensions.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => ({ path: join(directory, name), display: join(displayDirectory, name) }));
}

function candidatesFrom(argumentsGiven: readonly string[], problems: DataProblem[]): Candidate[] {
  if (argumentsGiven.length === 0)
    return dataFilesIn(dataDirectory, relative(process.cwd(), dataDirectory) || ".");
  const candidates: Candidate[] = [];
  for (const argument of argumentsGiven) {
    try {
      if (statSync(argument).isDirectory()) candidates.push(...dataFilesIn(argument, argument));
      else if (!dataExtensions.has(extname(argument).toLowerCase())) {
        problems.push(
          fileProblem(argument, "is not a .json or .geojson file; expected GeoJSON or JSON data"),
        );
      } else candidates.push({ path: argument, display: argument });
    } catch (error) {
      problems.push(fileProblem(argument, `cannot be read (${errorCode(error)}); expected an existing file`));
    }
  }
  return candidates;
}

function load(candidate: Candidate, problems: DataProblem[]): Loaded | null {
  try {
    const size = statSync(candidate.path).size;
    if (size > maximumBytes) {
      problems.push(fileProblem(candidate.display, `is ${size} bytes; expected at most ${maximumBytes}`));
      return null;
    }
    const decoded = decodeDataBytes(new Uint8Array(readFileSync(candidate.path)));
    if ("error" in decoded) {
      problems.push(fileProblem(candidate.display, decoded.error));
      return null;
    }
    if (decoded.encoding !== "utf-8") {
      problems.push(
        fileProblem(
          candidate.display,
          `is ${decoded.encoding.toUpperCase()} text; expected UTF-8 (save it as UTF-8)`,
        ),
      );
      return null;
    }
    return { key: basename(candidate.path), display: candidate.display, text: decoded.text };
  } catch (error) {
    problems.push(
      fileProblem(candidate.display, `cannot be read (${errorCode(error)}); expected a readable file`),
    );
    return null;
  }
}

function featureCount(text: string): number {
  try {
    const value: unknown = JSON.parse(text.replace(/^\ufeff/, ""));
    const features = (value as { features?: unknown } | null)?.features;
    return Array.isArray(features) ? features.length : 0;
  } catch {
    return 0;
  }
}

function run(argumentsGiven: readonly string[]): number {
  const problems: DataProblem[] = [];
  const loaded: Loaded[] = [];
  for (const candidate of candidatesFrom(argumentsGiven, problems)) {
    const file = load(candidate, problems);
    if (!file) continue;
    const clash = loaded.find((earlier) => earlier.key === file.key);
    if (clash) {
      problems.push(
        fileProblem(
          file.display,
          `has the same name as ${clash.display}; expected each file name once (check them separately)`,
        ),
      );
      continue;
    }
    loaded.push(file);
  }

  const targets = Object.fromEntries(loaded.map((file) => [file.key, file.text]));
  const reference: Record<string, string> = {};
  if (argumentsGiven.length > 0) {
    for (const candidate of dataFilesIn(dataDirectory, "geojson")) {
      const file = load(candidate, []);
      if (file) reference[file.key] = file.text;
    }
  }
  const result = parseDataset(targets, { reference });
  const displayByKey = new Map(loaded.map((file) => [file.key, file.display]));
  const defaultDirectory = relative(process.cwd(), dataDirectory) || ".";
  for (const problem of result.problems) {
    const display = displayByKey.get(problem.file) ?? join(defaultDirectory, problem.file);
    problems.push({ ...problem, file: display });
  }

  const errors = problems.filter((problem) => problem.severity === undefined);
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (errors.length > 0 || loaded.length === 0) {
    const files = new Set(errors.map((problem) => problem.file)).size;
    const summary =
      loaded.length === 0 && errors.length === 0
        ? "no data files to check"
        : `${errors.length} problem${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
    process.stderr.write(`validate: ${summary}\n`);
    return 1;
  }
  const features = loaded.reduce((total, file) => total + featureCount(file.text), 0);
  const publications = result.dataset?.publications.size ?? 0;
  const count = (amount: number, noun: string) => `${amount} ${noun}${amount === 1 ? "" : "s"}`;
  process.stdout.write(
    `${count(loaded.length, "file")}, ${count(features, "feature")}, ${count(publications, "publication")}: OK\n`,
  );
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `validate: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
