import type { MeasureText, TextElement, TextRun } from "./page-elements.ts";

type Token = { text: string; bold: boolean; link?: string };

function tokensOf(paragraph: readonly TextRun[]): Token[] {
  return paragraph.flatMap((run) =>
    (run.text.match(/\S+\s*|\s+/g) ?? []).map((text) => ({
      text,
      bold: Boolean(run.bold),
      ...(run.link ? { link: run.link } : {}),
    })),
  );
}

/** Breaks a token wider than a whole line (a long URL) into pieces that fit. */
function piecesOf(token: Token, width: number, size: number, measure: MeasureText): Token[] {
  if (measure(token.text.trimEnd(), size, token.bold) <= width) return [token];
  const pieces: Token[] = [];
  let piece = "";
  for (const character of token.text) {
    if (piece && measure(piece + character, size, token.bold) > width) {
      pieces.push({ ...token, text: piece });
      piece = "";
    }
    piece += character;
  }
  if (piece) pieces.push({ ...token, text: piece });
  return pieces;
}

function sameStyle(a: TextRun, b: Token): boolean {
  return Boolean(a.bold) === b.bold && a.link === b.link;
}

/**
 * A paragraph's lines within `width`, greedily, word by word, each word in its run's weight. Both writers set
 * the lines this returns (the deck's boxes are as tall as these lines need), so layout and output agree.
 */
export function wrapRuns(
  paragraph: readonly TextRun[],
  width: number,
  size: number,
  measure: MeasureText,
): TextRun[][] {
  const lines: TextRun[][] = [];
  let line: TextRun[] = [];
  let lineWidth = 0;
  const finish = () => {
    const last = line.at(-1);
    if (last) last.text = last.text.trimEnd();
    if (line.length > 0) lines.push(line.filter((run) => run.text.length > 0));
    line = [];
    lineWidth = 0;
  };
  for (const token of tokensOf(paragraph).flatMap((token) => piecesOf(token, width, size, measure))) {
    const tokenWidth = measure(token.text, size, token.bold);
    const visibleWidth = measure(token.text.trimEnd(), size, token.bold);
    if (line.length > 0 && lineWidth + visibleWidth > width) finish();
    if (line.length === 0 && token.text.trim() === "") continue;
    const last = line.at(-1);
    if (last && sameStyle(last, token)) last.text += token.text;
    else
      line.push({
        text: token.text,
        ...(token.bold ? { bold: true } : {}),
        ...(token.link ? { link: token.link } : {}),
      });
    lineWidth += tokenWidth;
  }
  finish();
  return lines;
}

/** The lines of every paragraph of a text element, as set. */
export function linesOf(element: TextElement, measure: MeasureText): TextRun[][][] {
  return element.paragraphs.map((paragraph) => wrapRuns(paragraph, element.box.width, element.size, measure));
}

/** The height the paragraphs need in a box `width` wide. */
export function textHeight(
  text: Pick<TextElement, "paragraphs" | "size" | "lineHeight" | "paragraphGap">,
  width: number,
  measure: MeasureText,
): number {
  const lineCount = text.paragraphs.reduce(
    (sum, paragraph) => sum + Math.max(1, wrapRuns(paragraph, width, text.size, measure).length),
    0,
  );
  return (
    lineCount * text.size * text.lineHeight + Math.max(0, text.paragraphs.length - 1) * text.paragraphGap
  );
}
