import { limits } from "./limits.ts";

/*
 * A small JSON (RFC 8259) reader used only for what JSON.parse does not tell us: where a syntax error is (engines
 * word and place their messages differently; Safari gives no position) and which object keys are repeated
 * (JSON.parse silently keeps the last one).
 */

export type TextPosition = { line: number; column: number };
export type SyntaxProblem = TextPosition & { message: string };
export type DuplicateKey = TextPosition & { path: (string | number)[]; key: string };

class ScanFailure extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeCharacter(character: string | undefined): string {
  if (character === undefined) return "the end of the file";
  return JSON.stringify(character);
}

class Scanner {
  private offset = 0;
  /**
   * The line of `offset` and where it starts, kept as the scan goes: line breaks can only be whitespace between
   * tokens (a raw one inside a string is an error), so skipWhitespace sees every one of them.
   */
  private line = 1;
  private lineStart = 0;
  readonly duplicates: DuplicateKey[] = [];
  /** Repeated keys found beyond the first `listed`, counted but not kept. */
  duplicatesNotListed = 0;
  private readonly path: (string | number)[] = [];

  constructor(
    private readonly text: string,
    private readonly listed: number,
  ) {}

  /** Characters read: the text once, however many keys repeat. */
  get charactersRead(): number {
    return this.offset;
  }

  scanDocument(): void {
    this.skipWhitespace();
    if (this.offset >= this.text.length)
      throw new ScanFailure(this.offset, "the file is empty; expected a JSON value");
    this.value(0);
    this.skipWhitespace();
    if (this.offset < this.text.length) {
      throw new ScanFailure(
        this.offset,
        `unexpected ${describeCharacter(this.text[this.offset])} after the end of the JSON value; expected nothing more`,
      );
    }
  }

  private skipWhitespace(): void {
    while (this.offset < this.text.length) {
      const code = this.text.charCodeAt(this.offset);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return;
      this.offset++;
      if (code === 10) {
        this.line++;
        this.lineStart = this.offset;
      }
    }
  }

  private value(depth: number): void {
    if (depth > limits.jsonDepth) {
      throw new ScanFailure(
        this.offset,
        `nesting is deeper than ${limits.jsonDepth} levels; expected flatter data`,
      );
    }
    const character = this.text[this.offset];
    switch (character) {
      case "{":
        this.object(depth);
        return;
      case "[":
        this.array(depth);
        return;
      case '"':
        this.string();
        return;
      case "t":
        this.literal("true");
        return;
      case "f":
        this.literal("false");
        return;
      case "n":
        this.literal("null");
        return;
      default:
        if (character !== undefined && /[-0-9]/.test(character)) {
          this.number();
          return;
        }
        throw new ScanFailure(this.offset, this.unexpectedValueReason(character));
    }
  }

  private unexpectedValueReason(character: string | undefined): string {
    if (character === undefined) return "unexpected end of the file (is it truncated?); expected a value";
    if (character === "/") return "comments are not allowed in JSON; expected a value";
    if (character === "'") return "strings must use double quotes in JSON; expected a value";
    if (this.text.startsWith("NaN", this.offset) || this.text.startsWith("Infinity", this.offset)) {
      return "NaN and Infinity are not JSON numbers; expected a number or null";
    }
    return `unexpected ${describeCharacter(character)}; expected a value (object, array, string, number, true, false or null)`;
  }

  private literal(word: string): void {
    if (!this.text.startsWith(word, this.offset)) {
      throw new ScanFailure(this.offset, this.unexpectedValueReason(this.text[this.offset]));
    }
    this.offset += word.length;
  }

  private number(): void {
    const start = this.offset;
    if (this.text[this.offset] === "-") this.offset++;
    if (this.text.startsWith("Infinity", this.offset)) {
      throw new ScanFailure(start, "NaN and Infinity are not JSON numbers; expected a number or null");
    }
    if (this.text[this.offset] === "0") {
      this.offset++;
      if (/[0-9]/.test(this.text[this.offset] ?? "")) {
        throw new ScanFailure(
          start,
          "numbers cannot have leading zeros in JSON; expected e.g. 7 rather than 07",
        );
      }
    } else if (!this.digits()) {
      throw new ScanFailure(
        this.offset,
        `unexpected ${describeCharacter(this.text[this.offset])}; expected a digit`,
      );
    }
    if (this.text[this.offset] === ".") {
      this.offset++;
      if (!this.digits()) throw new ScanFailure(this.offset, "expected digits after the decimal point");
    }
    if (this.text[this.offset] === "e" || this.text[this.offset] === "E") {
      this.offset++;
      if (this.text[this.offset] === "+" || this.text[this.offset] === "-") this.offset++;
      if (!this.digits()) throw new ScanFailure(this.offset, "expected digits in the exponent");
    }
  }

  private digits(): boolean {
    const start = this.offset;
    while (/[0-9]/.test(this.text[this.offset] ?? "")) this.offset++;
    return this.offset > start;
  }

  /** Reads a string and returns its decoded value. */
  private string(): string {
    const start = this.offset;
    this.offset++;
    let decoded = "";
    for (;;) {
      const character = this.text[this.offset];
      if (character === undefined)
        throw new ScanFailure(start, "unterminated string; expected a closing double quote");
      if (character === '"') {
        this.offset++;
        return decoded;
      }
      if (character.charCodeAt(0) < 0x20) {
        throw new ScanFailure(
          this.offset,
          "unescaped control character (e.g. a line break) in a string; expected \\n, \\t …",
        );
      }
      if (character === "\\") {
        const escaped = this.text[this.offset + 1];
        const simple: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        if (escaped !== undefined && escaped in simple) {
          decoded += simple[escaped];
          this.offset += 2;
          continue;
        }
        if (escaped === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6))) {
          decoded += String.fromCharCode(
            Number.parseInt(this.text.slice(this.offset + 2, this.offset + 6), 16),
          );
          this.offset += 6;
          continue;
        }
        throw new ScanFailure(
          this.offset,
          `invalid escape ${describeCharacter(`\\${escaped ?? ""}`)} in a string`,
        );
      }
      decoded += character;
      this.offset++;
    }
  }

  private object(depth: number): void {
    this.offset++;
    const seen = new Set<string>();
    this.skipWhitespace();
    if (this.text[this.offset] === "}") {
      this.offset++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      const keyOffset = this.offset;
      const character = this.text[this.offset];
      if (character !== '"') {
        const reason =
          character === "/"
            ? "comments are not allowed in JSON; expected a property name in double quotes"
            : character !== undefined && /[A-Za-z_$']/.test(character)
              ? "property names must be in double quotes in JSON"
              : `unexpected ${describeCharacter(character)}; expected a property name in double quotes`;
        throw new ScanFailure(this.offset, reason);
      }
      const key = this.string();
      if (seen.has(key)) this.repeated(keyOffset, key);
      seen.add(key);
      this.skipWhitespace();
      if (this.text[this.offset] !== ":") {
        throw new ScanFailure(
          this.offset,
          `unexpected ${describeCharacter(this.text[this.offset])} after a property name; expected ":"`,
        );
      }
      this.offset++;
      this.skipWhitespace();
      this.path.push(key);
      this.value(depth + 1);
      this.path.pop();
      this.skipWhitespace();
      const next = this.text[this.offset];
      if (next === "}") {
        this.offset++;
        return;
      }
      if (next !== ",") {
        throw new ScanFailure(
          this.offset,
          `unexpected ${describeCharacter(next)} after a property value; expected "," or "}"`,
        );
      }
      const commaOffset = this.offset;
      this.offset++;
      this.skipWhitespace();
      if (this.text[this.offset] === "}") {
        throw new ScanFailure(commaOffset, 'trailing comma before "}"; JSON does not allow one here');
      }
    }
  }

  private repeated(keyOffset: number, key: string): void {
    if (this.duplicates.length >= this.listed) {
      this.duplicatesNotListed++;
      return;
    }
    this.duplicates.push({
      line: this.line,
      column: keyOffset - this.lineStart + 1,
      path: [...this.path],
      key,
    });
  }

  private array(depth: number): void {
    this.offset++;
    this.skipWhitespace();
    if (this.text[this.offset] === "]") {
      this.offset++;
      return;
    }
    for (let index = 0; ; index++) {
      this.skipWhitespace();
      this.path.push(index);
      this.value(depth + 1);
      this.path.pop();
      this.skipWhitespace();
      const next = this.text[this.offset];
      if (next === "]") {
        this.offset++;
        return;
      }
      if (next !== ",") {
        throw new ScanFailure(
          this.offset,
          `unexpected ${describeCharacter(next)} after an array item; expected "," or "]"`,
        );
      }
      const commaOffset = this.offset;
      this.offset++;
      this.skipWhitespace();
      if (this.text[this.offset] === "]") {
        throw new ScanFailure(commaOffset, 'trailing comma before "]"; JSON does not allow one here');
      }
    }
  }
}

export type ScanResult = {
  syntax: SyntaxProblem | null;
  /** The first repeated keys, in the order of the text. */
  duplicates: DuplicateKey[];
  /** Repeated keys after those listed. */
  duplicatesNotListed: number;
  /** Characters read, for tests that bound the scan's work. */
  charactersRead: number;
};

/**
 * Scans JSON text in one pass: the first syntax problem with its line and column, and the first `listed`
 * repeated object keys with theirs (the rest are counted).
 */
export function scanJson(text: string, listed = Number.POSITIVE_INFINITY): ScanResult {
  const scanner = new Scanner(text, listed);
  let syntax: SyntaxProblem | null = null;
  try {
    scanner.scanDocument();
  } catch (error) {
    if (!(error instanceof ScanFailure)) throw error;
    // Once, for the one error: the offset may lie before a line break the scan has already passed.
    syntax = { ...positionAt(text, error.offset), message: error.reason };
  }
  return {
    syntax,
    duplicates: scanner.duplicates,
    duplicatesNotListed: scanner.duplicatesNotListed,
    charactersRead: scanner.charactersRead,
  };
}
