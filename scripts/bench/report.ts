/** The benchmark's printed table. */
import type { Summary } from "./statistics.ts";

export type Row = {
  label: string;
  value: string;
  spread?: string;
  target?: string;
  verdict?: "met" | "MISSED" | "info" | "skipped";
};

const milliseconds = (value: number) =>
  Number.isFinite(value) ? `${Math.round(value).toLocaleString("en-GB")} ms` : "n/a";

export const format = {
  ms: milliseconds,
  kb: (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`,
  mb: (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`,
  ratio: (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "n/a"),
  /** "1,234 ms" with "1,200–1,300 (IQR 1,220–1,260), n=5". */
  summary(summary: Summary): { value: string; spread: string } {
    return {
      value: milliseconds(summary.median),
      spread: Number.isFinite(summary.median)
        ? `${Math.round(summary.min)}–${Math.round(summary.max)} (IQR ${Math.round(summary.p25)}–${Math.round(summary.p75)}), n=${summary.n}`
        : `n=${summary.n}`,
    };
  },
};

export function table(rows: readonly Row[]): string {
  const headers = { label: "measure", value: "median", spread: "spread (min–max, IQR)", target: "target" };
  const width = (key: keyof typeof headers) =>
    Math.max(headers[key].length, ...rows.map((row) => (row[key] ?? "").length));
  const widths = {
    label: width("label"),
    value: width("value"),
    spread: width("spread"),
    target: width("target"),
  };
  const line = (cells: Record<keyof typeof headers, string>, verdict: string) =>
    [
      cells.label.padEnd(widths.label),
      cells.value.padStart(widths.value),
      cells.spread.padEnd(widths.spread),
      cells.target.padEnd(widths.target),
      verdict,
    ]
      .join("  ")
      .trimEnd();
  const rule = "-".repeat(widths.label + widths.value + widths.spread + widths.target + 16);
  return [
    line(headers, "verdict"),
    rule,
    ...rows.map((row) =>
      line(
        { label: row.label, value: row.value, spread: row.spread ?? "", target: row.target ?? "" },
        row.verdict && row.verdict !== "info" ? row.verdict : "",
      ),
    ),
  ].join("\n");
}

export const verdict = (met: boolean | null): Row["verdict"] =>
  met === null ? "skipped" : met ? "met" : "MISSED";
