/** A problem with the data and its one-line text: plain functions, no schema code (the page formats imports' reports). */

/**
 * One thing wrong with the data, in words an analyst can act on. `feature` is the feature's id, "#index" when it
 * has no usable id, or "-" for file-level problems; in publications.json and layers.json it names the entry.
 * Imports from KML, GPX and CSV name what the file calls it: 'placemark #3 "Name"', "row 12", 'track "Name"'.
 * `severity` is absent for errors; warnings (user imports only) keep the feature.
 */
export type DataProblem = {
  file: string;
  feature: string;
  path: string;
  message: string;
  severity?: "warning";
};

export type ProblemLocation = { file: string; feature: string };

/** Control characters (terminal escapes) and bidirectional overrides, which can disguise what a line says. */
export function isUnsafeCharacter(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function escapeUnsafe(text: string): string {
  let escaped = "";
  for (const character of text) {
    const code = character.charCodeAt(0);
    escaped += isUnsafeCharacter(code) ? `\\u${code.toString(16).padStart(4, "0")}` : character;
  }
  return escaped;
}

const namedItem = /^(placemark|row|track|route|waypoint) /;

/** `<file>: feature <id or index>: <json path>: <what is wrong, and what is expected>` */
export function formatProblem(problem: DataProblem): string {
  const message = problem.severity === "warning" ? `warning: ${problem.message}` : problem.message;
  const item = namedItem.test(problem.feature) ? problem.feature : `feature ${problem.feature}`;
  return [problem.file, item, problem.path, message].map(escapeUnsafe).join(": ");
}
