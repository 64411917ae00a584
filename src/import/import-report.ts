import type { UserCollectionResult } from "../data/index.ts";
import { type DataProblem, formatProblem } from "../data/problem-text.ts";

/** Problems listed per file; the rest are counted. A file with one bad feature in 100,000 must not flood the page. */
export const listedProblems = 50;

export type ImportOutcome = "imported" | "rejected" | "cancelled" | "failed";

/** What the panel says about one file: formatted as `<file>: feature <id>: <path>: <message>`. */
export type ImportReport = {
  fileName: string;
  outcome: ImportOutcome;
  summary?: UserCollectionResult["summary"];
  errors: string[];
  warnings: string[];
  errorCount: number;
  warningCount: number;
  /** One sentence on what happened to the file as a whole. */
  headline: string;
};

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-GB")} ${word}${count === 1 ? "" : "s"}`;
}

function headlineOf(fileName: string, result: UserCollectionResult, outcome: ImportOutcome): string {
  const { total, imported, unsourced } = result.summary;
  if (outcome === "rejected") {
    return result.collection && total === 0
      ? `${fileName} was not imported: it holds no features.`
      : result.collection
        ? `${fileName} was not imported: none of its ${plural(total, "feature")} can be drawn.`
        : `${fileName} was not imported.`;
  }
  const rejected = total - imported;
  return [
    `${fileName}: ${plural(imported, "feature")} imported`,
    unsourced > 0 ? `, ${unsourced.toLocaleString("en-GB")} of them unsourced` : "",
    rejected > 0 ? `; ${plural(rejected, "feature")} left out` : "",
    ".",
  ].join("");
}

export function reportOf(
  fileName: string,
  result: UserCollectionResult,
  outcome: "imported" | "rejected",
): ImportReport {
  const errors: DataProblem[] = [];
  const warnings: DataProblem[] = [];
  for (const problem of result.problems) (problem.severity === "warning" ? warnings : errors).push(problem);
  return {
    fileName,
    outcome,
    summary: result.summary,
    errors: errors.slice(0, listedProblems).map(formatProblem),
    warnings: warnings.slice(0, listedProblems).map(formatProblem),
    errorCount: errors.length,
    warningCount: warnings.length,
    headline: headlineOf(fileName, result, outcome),
  };
}

/** A file that could not be read or checked at all (cancelled, or the browser failed). */
export function failureReport(
  fileName: string,
  outcome: "cancelled" | "failed",
  message: string,
): ImportReport {
  return {
    fileName,
    outcome,
    errors: outcome === "failed" ? [message] : [],
    warnings: [],
    errorCount: outcome === "failed" ? 1 : 0,
    warningCount: 0,
    headline: outcome === "cancelled" ? `${fileName}: import cancelled; nothing was added.` : message,
  };
}
