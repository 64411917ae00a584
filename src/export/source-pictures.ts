import { font, ink, muted, pictureCanvas, wrapLines } from "./draw-briefing.ts";
import { flowIntoColumns } from "./flow-columns.ts";
import type { Rectangle } from "./layout.ts";

type Frame = {
  size: { width: number; height: number; scale: number };
  unit: number;
  title: string;
  caveat: string;
  dateStamp: string;
};

const entrySize = 12.5;
const lineHeight = 17;
const entryGap = 3;

/** Where the continuation pictures put their columns: under a heading, three across, above a footer. */
function continuationColumns(frame: Frame): Rectangle[] {
  const { unit, size } = frame;
  const margin = 28 * unit;
  const top = margin + 70 * unit;
  const gap = 24 * unit;
  const width = (size.width - 2 * margin - 2 * gap) / 3;
  return [0, 1, 2].map((column) => ({
    x: margin + column * (width + gap),
    y: top,
    width,
    height: size.height - top - 64 * unit,
  }));
}

function drawEntries(
  context: CanvasRenderingContext2D,
  entries: string[][],
  placed: { item: number; y: number }[],
  column: Rectangle,
  unit: number,
) {
  context.fillStyle = ink;
  context.font = font(entrySize * unit);
  for (const { item, y } of placed) {
    for (const [index, line] of (entries[item] ?? []).entries()) {
      // Baselines: the first line's top is at the entry's y.
      context.fillText(line, column.x, column.y + y + (index + 0.8) * lineHeight * unit);
    }
  }
}

function continuationPicture(frame: Frame, page: number, pages: number): CanvasRenderingContext2D {
  const { size, unit } = frame;
  const context = pictureCanvas(size);
  const margin = 28 * unit;
  context.fillStyle = ink;
  context.font = font(30 * unit, 700);
  const count = pages > 1 ? ` (${page} of ${pages})` : "";
  context.fillText(
    `Sources, continued${count} — ${frame.title}`,
    margin,
    margin + 34 * unit,
    size.width - 2 * margin,
  );
  context.fillStyle = ink;
  context.font = font(15 * unit, 700);
  context.fillText(frame.caveat, margin, size.height - 38 * unit, size.width - 2 * margin);
  context.fillStyle = muted;
  context.font = font(13 * unit);
  context.fillText(`Exported ${frame.dateStamp} · numbered as on the map`, margin, size.height - 14 * unit);
  return context;
}

/**
 * Draws the numbered sources under the legend and, when they do not fit there, on continuation pictures of the
 * same size ("Sources, continued"), three columns each: every source the picture cites is readable in a picture.
 * Returns the continuation pictures' canvases.
 */
export function drawSourcePictures(
  context: CanvasRenderingContext2D,
  sources: readonly string[],
  area: Rectangle,
  frame: Frame,
): HTMLCanvasElement[] {
  const { unit } = frame;
  const columns = continuationColumns(frame);
  const width = Math.min(area.width, ...columns.map((column) => column.width));
  context.font = font(entrySize * unit);
  const entries = sources.map((source, index) => wrapLines(context, `${index + 1}. ${source}`, width));
  const heights = entries.map((lines) => lines.length * lineHeight * unit);
  const headingHeight = 50 * unit;
  const side = { ...area, y: area.y + headingHeight, height: area.height - headingHeight - 24 * unit };
  const flow = flowIntoColumns(
    heights,
    {
      first: side.height > 3 * lineHeight * unit ? [side.height] : [],
      continuation: columns.map((c) => c.height),
    },
    entryGap * unit,
  );
  const onPicture = flow[0]?.[0] ?? [];
  context.fillStyle = ink;
  context.font = font(19 * unit, 700);
  context.fillText(
    `Sources (${sources.length}), numbered as on the map`,
    area.x,
    area.y + 26 * unit,
    area.width,
  );
  drawEntries(context, entries, onPicture, side, unit);
  const continued = flow.length - 1;
  if (continued > 0) {
    const first = onPicture.length + 1;
    context.fillStyle = muted;
    context.font = font(13 * unit, 700);
    const where = continued > 1 ? `the next ${continued} pictures` : "the next picture";
    context.fillText(
      `Sources ${first}–${sources.length} continue on ${where}.`,
      area.x,
      side.y + side.height + 18 * unit,
      area.width,
    );
  }
  return flow.slice(1).map((pageColumns, index) => {
    const picture = continuationPicture(frame, index + 1, continued);
    for (const [column, placed] of pageColumns.entries()) {
      const box = columns[column];
      if (box) drawEntries(picture, entries, placed, box, unit);
    }
    return picture.canvas;
  });
}
