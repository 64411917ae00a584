import type { NumberedSource } from "../state/source-numbering.ts";
import type { LegendModel } from "../symbology/legend-model.ts";
import { legendElements, muted } from "./legend-elements.ts";
import type { MeasureText, Page, PageElement, PageSize } from "./page-elements.ts";
import { flowSourceElements } from "./source-entries.ts";
import { textElement, unitOf } from "./view-page.ts";

export type DeckCover = {
  title: string;
  subtitle: string;
  dateStamp: string;
  /** "Reporting from 2017-12 to 2026-03": the earliest and latest publication cited in the deck. */
  asOf: string;
  caveat: string;
  link: string;
};

function margins(size: PageSize) {
  const unit = unitOf(size);
  return { unit, margin: 24 * unit, width: size.width - 48 * unit };
}

/** The first page: title, date, the reporting it rests on, and the caveat. */
export function coverPage(size: PageSize, cover: DeckCover, notes: string, measure: MeasureText): Page {
  const { unit, margin, width } = margins(size);
  const title = textElement(
    "title",
    cover.title,
    { x: margin, y: size.height * 0.28, width },
    { size: 34 * unit, bold: true },
    measure,
  );
  let y = title.box.y + title.box.height + 10 * unit;
  const elements: PageElement[] = [title];
  for (const [role, text, style] of [
    ["subtitle", cover.subtitle, { size: 16 * unit, color: muted }],
    ["body", `${cover.asOf} · exported ${cover.dateStamp}`, { size: 13 * unit }],
    ["caveat", cover.caveat, { size: 12 * unit, bold: true }],
    ["small", `This view: ${cover.link}`, { size: 8 * unit, color: muted }],
  ] as const) {
    const element = textElement(role, text, { x: margin, y, width }, style, measure);
    elements.push(element);
    y += element.box.height + 12 * unit;
  }
  return { label: cover.title, notes, elements };
}

/** "How to read this map": every layer's sample, the confidence line styles, geometry precision and the notes. */
export function legendPage(size: PageSize, legend: LegendModel, measure: MeasureText): Page {
  const { unit, margin, width } = margins(size);
  const title = textElement(
    "title",
    "How to read this map",
    { x: margin, y: margin * 0.8, width },
    { size: 22 * unit, bold: true },
    measure,
  );
  const top = title.box.y + title.box.height + 12 * unit;
  const legendArea = { x: margin, y: top, width, height: size.height - top - margin };
  const drawn = legendElements(legend, legendArea, { size: 10.5 * unit, notes: true, columns: 2 }, measure);
  const numbers = textElement(
    "body",
    "Numbers beside the lines and points are their sources: each map lists them under its legend, and the Sources pages at the end give every one in full, with its link.",
    { x: margin, y: drawn.bottom + 6 * unit, width },
    { size: 10.5 * unit },
    measure,
  );
  const lines = [
    "How to read this map.",
    "Line style shows analytic confidence: solid high, dashed moderate, dotted low.",
    "Schematic geometry is drawn thinner and lighter: it shows that a link is alleged, not where it runs.",
    ...legend.notes,
  ];
  return {
    label: "How to read this map",
    notes: lines.join("\n"),
    elements: [title, ...drawn.elements, numbers],
  };
}

/** Every publication cited in the deck, numbered as on the maps, with its link, in two columns per page. */
export function sourcesPages(
  size: PageSize,
  sources: readonly NumberedSource[],
  measure: MeasureText,
): Page[] {
  const { unit, margin, width } = margins(size);
  const heading = (continued: boolean) =>
    textElement(
      "title",
      continued ? "Sources, continued" : `Sources (${sources.length})`,
      { x: margin, y: margin * 0.8, width },
      { size: 22 * unit, bold: true },
      measure,
    );
  const top = heading(false).box.y + heading(false).box.height + 10 * unit;
  const gap = margin;
  const columnWidth = (width - gap) / 2;
  const columns = [0, 1].map((column) => ({
    x: margin + column * (columnWidth + gap),
    y: top,
    width: columnWidth,
    height: size.height - top - margin,
  }));
  const flowed = flowSourceElements(
    sources,
    { first: columns, continuation: columns },
    { size: 8.5 * unit, withLink: true },
    measure,
  );
  const notes = sources
    .map((source) => {
      const { citation } = source;
      return `${source.number}. ${citation.publisher}, ${citation.title}${citation.url ? ` — ${citation.url}` : " — no link on record"}`;
    })
    .join("\n");
  return flowed.map((elements, page) => ({
    label: page === 0 ? "Sources" : "Sources, continued",
    notes,
    elements: [heading(page > 0), ...elements],
  }));
}
