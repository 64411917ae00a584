import { flowIntoColumns } from "../export/flow-columns.ts";
import { citationText } from "../export/source-list.ts";
import { safeHref } from "../files/safe-href.ts";
import type { NumberedSource } from "../state/source-numbering.ts";
import { ink } from "./legend-elements.ts";
import type { Box, MeasureText, PageElement, TextRun } from "./page-elements.ts";
import { textHeight } from "./wrap-text.ts";

/** "12. Publisher, “Title”, Author, 2024-05-01, reliability B — https://…": one numbered source as text runs. */
export function sourceRuns(source: NumberedSource, options: { withLink: boolean }): TextRun[] {
  const { citation } = source;
  const runs: TextRun[] = [{ text: `${source.number}. `, bold: true }, { text: citationText(citation) }];
  if (options.withLink) {
    const href = safeHref(citation.url);
    runs.push(...(href ? [{ text: " — " }, { text: href, link: href }] : [{ text: " — no link on record" }]));
  }
  return runs;
}

export type SourceColumns = {
  /** Columns on the page the list starts on (possibly none). */
  first: Box[];
  /** Columns of each continuation page. */
  continuation: Box[];
};

/**
 * The numbered sources as text boxes flowed down the given columns, then onto as many continuation pages as
 * they need: every source is on a page, none is summarised away.
 */
export function flowSourceElements(
  sources: readonly NumberedSource[],
  columns: SourceColumns,
  style: { size: number; withLink: boolean },
  measure: MeasureText,
): PageElement[][] {
  const width = Math.min(...[...columns.first, ...columns.continuation].map((box) => box.width));
  const gap = style.size * 0.45;
  const runs = sources.map((source) => sourceRuns(source, { withLink: style.withLink }));
  const heights = runs.map((paragraph) =>
    textHeight(
      { paragraphs: [paragraph], size: style.size, lineHeight: 1.22, paragraphGap: 0 },
      width,
      measure,
    ),
  );
  const flow = flowIntoColumns(
    heights,
    {
      first: columns.first.map((box) => box.height),
      continuation: columns.continuation.map((box) => box.height),
    },
    gap,
  );
  return flow.map((pageColumns, page) =>
    pageColumns.flatMap((placed, column): PageElement[] => {
      const box = (page === 0 ? columns.first : columns.continuation)[column];
      const first = placed[0];
      const last = placed.at(-1);
      if (!box || !first || !last) return [];
      const height = last.y + (heights[last.item] ?? 0);
      return [
        {
          kind: "text",
          role: "sources",
          box: { x: box.x, y: box.y, width: box.width, height },
          size: style.size,
          color: ink,
          paragraphs: placed.map((item) => runs[item.item] ?? []),
          paragraphGap: gap,
          lineHeight: 1.22,
        },
      ];
    }),
  );
}
