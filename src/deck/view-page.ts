import type { NumberedSource } from "../state/source-numbering.ts";
import type { LegendModel } from "../symbology/legend-model.ts";
import { ink, legendElements, muted } from "./legend-elements.ts";
import type {
  Box,
  ImageElement,
  MeasureText,
  Page,
  PageElement,
  PageSize,
  TextElement,
} from "./page-elements.ts";
import { flowSourceElements } from "./source-entries.ts";
import { textHeight } from "./wrap-text.ts";

export type ViewContent = {
  title: string;
  subtitle: string;
  /** A tour step's text, shown under the subtitle. */
  text?: string;
  legend: LegendModel;
  caveat: string;
  dateStamp: string;
  attribution: string;
};

/** A map page before its map is drawn: where the map goes, and everything that does not depend on it. */
export type ViewFrame = {
  size: PageSize;
  unit: number;
  map: Box;
  /** The side column's room for sources, below the legend. */
  sources: Box;
  elements: PageElement[];
  title: string;
};

/** Sizes in points on a 960 × 540 slide; other pages scale them by their shorter side. */
export function unitOf(size: PageSize): number {
  return Math.min(size.width / 960, size.height / 540);
}

export function textElement(
  role: TextElement["role"],
  text: string,
  box: Omit<Box, "height">,
  style: { size: number; bold?: boolean; color?: string },
  measure: MeasureText,
): TextElement {
  const paragraphs = text.split("\n").map((line) => [{ text: line, ...(style.bold ? { bold: true } : {}) }]);
  const element = { paragraphs, size: style.size, lineHeight: 1.22, paragraphGap: style.size * 0.3 };
  return {
    kind: "text",
    role,
    box: { ...box, height: textHeight(element, box.width, measure) },
    color: style.color ?? ink,
    ...element,
  };
}

function below(element: TextElement, gap: number): number {
  return element.box.y + element.box.height + gap;
}

/** Title, subtitle, step text, map box, side column with the legend, footer: everything but the map and sources. */
export function viewFrame(size: PageSize, content: ViewContent, measure: MeasureText): ViewFrame {
  const unit = unitOf(size);
  const margin = 24 * unit;
  const width = size.width - 2 * margin;
  const title = textElement(
    "title",
    content.title,
    { x: margin, y: margin * 0.8, width },
    { size: 22 * unit, bold: true },
    measure,
  );
  const subtitle = textElement(
    "subtitle",
    content.subtitle,
    { x: margin, y: below(title, 2 * unit), width },
    { size: 12 * unit, color: muted },
    measure,
  );
  const elements: PageElement[] = [title, subtitle];
  let top = below(subtitle, 8 * unit);
  if (content.text) {
    const text = textElement(
      "body",
      content.text,
      { x: margin, y: top, width },
      { size: 10 * unit },
      measure,
    );
    elements.push(text);
    top = below(text, 8 * unit);
  }
  const caveat = textElement(
    "caveat",
    content.caveat,
    { x: margin, y: 0, width },
    { size: 9 * unit, bold: true },
    measure,
  );
  const small = textElement(
    "small",
    `Exported ${content.dateStamp} · ${content.attribution}`,
    { x: margin, y: 0, width },
    { size: 7 * unit, color: muted },
    measure,
  );
  small.box.y = size.height - margin * 0.6 - small.box.height;
  caveat.box.y = small.box.y - 2 * unit - caveat.box.height;
  elements.push(caveat, small);
  const bottom = caveat.box.y - 8 * unit;
  const sideWidth = Math.round(width * 0.3);
  const map = { x: margin, y: top, width: width - sideWidth - margin * 0.75, height: bottom - top };
  const side = { x: map.x + map.width + margin * 0.75, y: top, width: sideWidth, height: bottom - top };
  const legend = legendElements(content.legend, side, { size: 8 * unit, notes: false, columns: 1 }, measure);
  elements.push(...legend.elements);
  const sourcesTop = legend.bottom + 6 * unit;
  return {
    size,
    unit,
    map,
    sources: {
      x: side.x,
      y: sourcesTop,
      width: side.width,
      height: Math.max(0, side.y + side.height - sourcesTop),
    },
    elements,
    title: content.title,
  };
}

/**
 * The map page with its numbered sources under the legend and, when they do not fit, "Sources, continued"
 * pages right after it, in three columns.
 */
export function viewPages(
  frame: ViewFrame,
  map: ImageElement,
  sources: readonly NumberedSource[],
  notes: string,
  measure: MeasureText,
): Page[] {
  const { unit, size } = frame;
  const margin = 24 * unit;
  const headingSize = 11 * unit;
  const heading = textElement(
    "heading",
    `Sources (${sources.length}), numbered as on the map`,
    { x: frame.sources.x, y: frame.sources.y, width: frame.sources.width },
    { size: headingSize, bold: true },
    measure,
  );
  const listTop = below(heading, 3 * unit);
  const room = frame.sources.y + frame.sources.height - listTop;
  const continuationTitle = (page: number) =>
    textElement(
      "title",
      `Sources, continued${page > 1 ? ` (${page})` : ""} — ${frame.title}`,
      { x: margin, y: margin * 0.8, width: size.width - 2 * margin },
      { size: 16 * unit, bold: true },
      measure,
    );
  const continuationTop = below(continuationTitle(1), 8 * unit);
  const columnGap = margin * 0.75;
  const columnWidth = (size.width - 2 * margin - 2 * columnGap) / 3;
  const continuation = [0, 1, 2].map((column) => ({
    x: margin + column * (columnWidth + columnGap),
    y: continuationTop,
    width: columnWidth,
    height: size.height - margin - continuationTop,
  }));
  // Continuation columns take the side column's width, so an entry sets the same lines wherever it falls.
  const sideColumn = {
    x: frame.sources.x,
    y: listTop,
    width: frame.sources.width,
    height: Math.max(0, room),
  };
  const flowed = flowSourceElements(
    sources,
    {
      first: room > 3 * 8 * unit ? [sideColumn] : [],
      continuation: continuation.map((box) => ({ ...box, width: sideColumn.width })),
    },
    { size: 7.5 * unit, withLink: false },
    measure,
  );
  return flowed.map((elements, page) =>
    page === 0
      ? {
          label: frame.title,
          notes,
          elements: [map, ...frame.elements, ...(sources.length > 0 ? [heading] : []), ...elements],
        }
      : {
          label: `Sources, continued — ${frame.title}`,
          notes,
          elements: [continuationTitle(page), ...elements],
        },
  );
}
