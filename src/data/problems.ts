import type { z } from "zod";
import type { DataProblem, ProblemLocation } from "./problem-text.ts";
import { genericMessageMarker } from "./schema-messages.ts";

export { type DataProblem, formatProblem, isUnsafeCharacter, type ProblemLocation } from "./problem-text.ts";

const identifierKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["properties", "citations", 0, "publication"] → "properties.citations[0].publication"; [] → "(root)". */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && identifierKey.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === "" ? "(root)" : text;
}

/** A short, JSON-like rendering of a found value, for "is …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}

export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function found(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined) return "is missing";
  if (issue.code === "too_big" || issue.code === "too_small") {
    if (typeof value === "string") return `is ${value.length} characters long`;
    if (Array.isArray(value)) return `has ${value.length} item${value.length === 1 ? "" : "s"}`;
  }
  if (typeof value === "string" && issue.code === "invalid_type")
    return `is a string (${describeValue(value)})`;
  return `is ${describeValue(value)}`;
}

function article(typeName: string): string {
  return /^[aeiou]/.test(typeName) ? `an ${typeName}` : `a ${typeName}`;
}

function genericExpectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return article(issue.expected);
    case "invalid_value":
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_big":
      if (issue.origin === "string") return `at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `at most ${issue.maximum} items`;
      return `${issue.inclusive ? "at most" : "less than"} ${issue.maximum}`;
    case "too_small":
      if (issue.origin === "string")
        return issue.minimum === 1 ? "a non-empty string" : `at least ${issue.minimum} characters`;
      if (issue.origin === "array") return `at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
      return `${issue.inclusive ? "at least" : "more than"} ${issue.minimum}`;
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        return `one of ${issue.options.map((option) => JSON.stringify(option)).join(", ")}`;
      }
      return "a value of one of the allowed shapes";
    case "invalid_format":
      return issue.format === "regex" && "pattern" in issue
        ? `text matching ${String(issue.pattern)}`
        : issue.format;
    default:
      return "a valid value";
  }
}

/** Levenshtein distance, for "did you mean" on misspelled property names. */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    for (let column = 1; column <= right.length; column++) {
      const substitution = (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1);
      current.push(Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * A near known name, for a key that looks like a typo. Never the key itself: the known names are those of the
 * whole model, so a key may be known elsewhere (a publication's `url`) and still not belong where it is.
 */
export function suggestion(key: string, knownNames: ReadonlySet<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of knownNames) {
    if (name === key) continue;
    const distance = editDistance(key.toLowerCase(), name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}

export type IssueContext = ProblemLocation & {
  /** The value that was parsed, to report what was found at each issue's path. */
  root: unknown;
  /** Prepended to every issue path, e.g. ["publications", 3] when one entry of a list was parsed alone. */
  pathPrefix?: readonly PropertyKey[];
  /** Property names of the data model, for suggestions when an unknown one looks like a typo. */
  knownNames?: ReadonlySet<string>;
};

/** Turns zod issues into problems: one per issue, one per unknown key, each saying what was found and expected. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], context: IssueContext): DataProblem[] {
  const prefix = context.pathPrefix ?? [];
  const problems: DataProblem[] = [];
  for (const issue of issues) {
    const location = { file: context.file, feature: context.feature };
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({
          ...location,
          path: formatPath([...prefix, ...issue.path, key]),
          message: `is not a property of the data model${suggestion(key, context.knownNames ?? new Set())}; expected only the documented properties (see geojson/README.md)`,
        });
      }
      continue;
    }
    const value = valueAtPath(context.root, issue.path);
    const complete = issue.code === "custom" && issue.params?.complete === true;
    let message: string;
    if (complete) message = issue.message;
    else if (issue.message === genericMessageMarker)
      message = `${found(issue, value)}; expected ${genericExpectation(issue)}`;
    else message = `${found(issue, value)}; expected ${issue.message}`;
    problems.push({ ...location, path: formatPath([...prefix, ...issue.path]), message });
  }
  return problems;
}
