import { positionAt, scanJson } from "./json-scanner.ts";
import { limits } from "./limits.ts";
import { type DataProblem, formatPath } from "./problems.ts";

export type DecodedText = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" };

/**
 * Bytes to text. UTF-8 (a byte-order mark is dropped) and UTF-16 with a byte-order mark are decoded; anything
 * else that is not valid UTF-8 (Latin-1, Windows-1252, binary files) is refused rather than garbled.
 */
export function decodeDataBytes(bytes: Uint8Array): DecodedText | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return {
      error: "is not valid UTF-8 text (Latin-1, Windows-1252 or a binary file?); expected a UTF-8 JSON file",
    };
  }
}

function sniffNotJson(text: string): string | null {
  const start = text.trimStart();
  if (start.startsWith("\u0089PNG") || start.startsWith("\ufffdPNG")) return "looks like a PNG image";
  if (start.startsWith("PK\u0003\u0004")) return "looks like a ZIP archive (KMZ, zipped shapefile?)";
  if (start.startsWith("%PDF")) return "looks like a PDF document";
  if (start.startsWith("<")) return "looks like XML or HTML (KML or GPX?)";
  if (text.slice(0, 512).includes("\u0000")) return "looks like a binary file";
  return null;
}

export type JsonTextResult =
  | { value: unknown; problems: DataProblem[] }
  | { value: undefined; problems: DataProblem[] };

/**
 * Parses one file's text. A UTF-8 byte-order mark is accepted (JSON.parse alone throws on it). Syntax errors are
 * reported with line and column; repeated keys (which JSON.parse resolves silently) are reported too.
 */
export function parseJsonText(
  file: string,
  rawText: string,
  options: { duplicateSeverity?: "warning" } = {},
): JsonTextResult {
  const text = rawText.startsWith("\ufeff") ? rawText.slice(1) : rawText;
  const fileProblem = (message: string): DataProblem => ({ file, feature: "-", path: "-", message });
  if (text.trim() === "")
    return { value: undefined, problems: [fileProblem("the file is empty; expected a JSON document")] };
  const notJson = sniffNotJson(text);
  if (notJson)
    return {
      value: undefined,
      problems: [fileProblem(`${notJson}, not JSON; expected a GeoJSON or JSON file`)],
    };

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { syntax } = scanJson(text);
    const message = syntax
      ? `invalid JSON at line ${syntax.line}, column ${syntax.column}: ${syntax.message}`
      : `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { value: undefined, problems: [fileProblem(message)] };
  }

  const problems: DataProblem[] = [];
  if (text.length > limits.duplicateKeyScanCharacters) {
    const tooDeep = nestingTooDeepAt(text, limits.jsonDepth);
    if (tooDeep >= 0) {
      const { line, column } = positionAt(text, tooDeep);
      problems.push(
        fileProblem(
          `nesting is deeper than ${limits.jsonDepth} levels; expected flatter data (line ${line}, column ${column})`,
        ),
      );
    }
    problems.push({
      ...fileProblem(
        `repeated keys were not checked in a file this large (over ${limits.duplicateKeyScanCharacters} characters)`,
      ),
      severity: "warning",
    });
    return { value, problems };
  }
  const { syntax, duplicates, duplicatesNotListed } = scanJson(text, limits.duplicateKeysListed);
  if (syntax) problems.push(fileProblem(`${syntax.message} (line ${syntax.line}, column ${syntax.column})`));
  for (const duplicate of duplicates) {
    const featureIndex =
      duplicate.path[0] === "features" && typeof duplicate.path[1] === "number" ? duplicate.path[1] : null;
    problems.push({
      file,
      feature: featureIndex === null ? "-" : `#${featureIndex}`,
      path: formatPath([...duplicate.path, duplicate.key]),
      message: `the key "${duplicate.key}" appears more than once in this object (line ${duplicate.line}, column ${duplicate.column}); expected each key once (JSON.parse keeps only the last value)`,
      ...(options.duplicateSeverity ? { severity: options.duplicateSeverity } : {}),
    });
  }
  if (duplicatesNotListed > 0) {
    problems.push({
      ...fileProblem(
        `and ${duplicatesNotListed.toLocaleString("en-GB")} more repeated key${duplicatesNotListed === 1 ? "" : "s"} after the first ${limits.duplicateKeysListed}; expected each key once`,
      ),
      ...(options.duplicateSeverity ? { severity: options.duplicateSeverity } : {}),
    });
  }
  return { value, problems };
}

/**
 * The offset of the first bracket nested deeper than `maximum`, or -1. A loop rather than the recursive scanner, so
 * that files too large for the full scan are still held to the same depth limit.
 */
export function nestingTooDeepAt(text: string, maximum: number): number {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (inString) {
      if (code === 0x5c) offset++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > maximum) return offset;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return -1;
}
