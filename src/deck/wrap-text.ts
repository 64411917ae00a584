/**
 * Breaks a paragraph of runs into lines no wider than a box, at spaces (or between characters when one word is
 * wider than the box). The layout measures heights and the PDF writer draws lines with this same function.
 */
import type { MeasureText, TextRun } from "./page-elements.ts";

export type LinePiece = { text: string; bold: boolean; link?: string };
export type WrappedLine = { pieces: LinePiece[]; width: number };

type Word = { parts: LinePiece[]; space?: LinePiece };

const tolerance = 0.01;

function pieceOf(run: TextRun, text: string): LinePiece {
  return run.link ? { text, bold: Boolean(run.bold), link: run.link } : { text, bold: Boolean(run.bold) };
}

/** Words of the paragraph; a word may span runs ("foo" + bold "bar"), whitespace becomes one space. */
function wordsOf(runs: TextRun[]): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  for (const run of runs) {
    for (const token of run.text.split(/(\s+)/)) {
      if (token === "") continue;
      if (/^\s+$/.test(token)) {
        current = undefined;
        words.push({ parts: [], space: pieceOf(run, " ") });
        continue;
      }
      if (!current) {
        const pendingSpace = words.at(-1);
        current = pendingSpace && pendingSpace.parts.length === 0 ? pendingSpace : { parts: [] };
        if (current !== pendingSpace) words.push(current);
      }
      current.parts.push(pieceOf(run, token));
    }
  }
  return words.filter((word) => word.parts.length > 0);
}

function sameStyle(a: LinePiece, b: LinePiece): boolean {
  return a.bold === b.bold && a.link === b.link;
}

function append(line: WrappedLine, piece: LinePiece, width: number): void {
  const last = line.pieces.at(-1);
  if (last && sameStyle(last, piece)) last.text += piece.text;
  else line.pieces.push({ ...piece });
  line.width += width;
}

export function wrapParagraph(
  runs: TextRun[],
  maxWidth: number,
  size: number,
  measure: MeasureText,
): WrappedLine[] {
  const widthOf = (piece: LinePiece) => measure(piece.text, size, piece.bold);
  const lines: WrappedLine[] = [];
  let line: WrappedLine = { pieces: [], width: 0 };
  const newLine = () => {
    lines.push(line);
    line = { pieces: [], width: 0 };
  };
  for (const word of wordsOf(runs)) {
    const wordWidth = word.parts.reduce((sum, part) => sum + widthOf(part), 0);
    const spaceWidth = line.pieces.length > 0 && word.space ? widthOf(word.space) : 0;
    if (line.pieces.length > 0 && line.width + spaceWidth + wordWidth > maxWidth + tolerance) newLine();
    else if (line.pieces.length > 0 && word.space) append(line, word.space, spaceWidth);
    if (wordWidth <= maxWidth + tolerance) {
      for (const part of word.parts) append(line, part, widthOf(part));
      continue;
    }
    for (const part of word.parts) {
      for (const character of part.text) {
        const piece = { ...part, text: character };
        const width = widthOf(piece);
        if (line.pieces.length > 0 && line.width + width > maxWidth + tolerance) newLine();
        append(line, piece, width);
      }
    }
  }
  if (line.pieces.length > 0) lines.push(line);
  return lines;
}

/** The height the paragraphs need in a box `width` wide, as the writer sets them. */
export function textHeight(
  text: { paragraphs: TextRun[][]; size: number; lineHeight: number; paragraphGap: number },
  width: number,
  measure: MeasureText,
): number {
  const lineCount = text.paragraphs.reduce(
    (sum, paragraph) => sum + Math.max(1, wrapParagraph(paragraph, width, text.size, measure).length),
    0,
  );
  return (
    lineCount * text.size * text.lineHeight + Math.max(0, text.paragraphs.length - 1) * text.paragraphGap
  );
}
