import Papa from "papaparse";
import { type CsvColumns, guessColumns } from "./csv-columns.ts";

/** A CSV as a header and rows of cells; `firstRow` is the spreadsheet row of `rows[0]` (the header is row 1). */
export type CsvTable = { columns: string[]; rows: string[][] };

export type CsvPreview = { columns: string[]; rows: string[][]; guess: CsvColumns };

/** Header names made unique and non-empty, so that every column can be chosen and becomes its own property. */
function headerOf(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, index) => {
    let name = cell.trim() || `column ${index + 1}`;
    for (let copy = 2; seen.has(name); copy++) name = `${cell.trim() || `column ${index + 1}`} (${copy})`;
    seen.add(name);
    return name;
  });
}

const delimiters = ["\t", ";", ","] as const;

/**
 * The delimiter the header line uses most (tab, then semicolon, then comma on a tie; comma when it has none).
 * papaparse's own guess weighs every row, and a WKT column's commas outvote a file's tabs.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, Math.max(0, text.indexOf("\n")) || text.length);
  const counts = delimiters.map((delimiter) => header.split(delimiter).length - 1);
  const most = Math.max(...counts);
  return most === 0 ? "," : (delimiters[counts.indexOf(most)] as string);
}

/**
 * Parses CSV or TSV text with papaparse in plain mode (the import already runs in a worker); quoted fields may
 * hold delimiters and line breaks.
 */
export function csvTable(text: string, previewRows?: number): CsvTable | { refused: string } {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimiter: delimiterOf(body),
    skipEmptyLines: false,
    ...(previewRows === undefined ? {} : { preview: previewRows + 1 }),
  });
  const [header, ...rows] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === ""))
    return { refused: "holds no header row; expected column names on the first line" };
  return { columns: headerOf(header), rows };
}

/** The first rows and the guessed columns, for the user to check before the import reads the whole file. */
export function previewCsv(text: string, rowCount = 5): CsvPreview | { refused: string } {
  const table = csvTable(text, rowCount);
  if ("refused" in table) return table;
  const rows = table.rows.filter((row) => row.some((cell) => cell.trim() !== "")).slice(0, rowCount);
  return { columns: table.columns, rows, guess: guessColumns(table.columns) };
}
