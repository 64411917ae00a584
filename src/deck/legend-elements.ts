import type { LegendModel, LegendSample } from "../symbology/legend-model.ts";
import type { Box, DashStyle, MeasureText, PageElement, Stroke } from "./page-elements.ts";
import { textHeight } from "./wrap-text.ts";

export const ink = "#1f2328";
export const muted = "#5c5852";

/** MapLibre dash arrays (in line widths) as the dash styles a deck and a PDF share. */
export function dashStyleOf(dash: readonly number[]): DashStyle {
  const [on = 1, off = 0] = dash;
  if (off === 0) return "solid";
  if (on <= 0.6) return "dot";
  return on >= 4 ? "long-dash" : "dash";
}

/** Screen pixels of the legend's samples in points. */
const pointsPerPixel = 0.75;

function sampleElements(sample: LegendSample, box: Box, scale: number): PageElement[] {
  const middle = box.y + box.height / 2;
  if (sample.shape === "line") {
    const stroke: Stroke = {
      color: sample.color,
      width: Math.max(0.75, sample.width * pointsPerPixel * scale),
      dash: dashStyleOf(sample.dash),
      opacity: sample.opacity,
    };
    return [{ kind: "line", from: [box.x, middle], to: [box.x + box.width, middle], stroke }];
  }
  if (sample.shape === "area") {
    return [
      {
        kind: "rect",
        box: { x: box.x + 2, y: middle - box.height * 0.35, width: box.width - 4, height: box.height * 0.7 },
        fill: { color: sample.hatchColor, opacity: 0.35 },
        stroke: {
          color: sample.outlineColor,
          width: sample.outlineWidth * pointsPerPixel * scale,
          dash: dashStyleOf(sample.outlineDash),
          opacity: 1,
        },
      },
    ];
  }
  const radius = sample.radius * pointsPerPixel * scale;
  return [
    {
      kind: "ellipse",
      box: { x: box.x + box.width / 2 - radius, y: middle - radius, width: 2 * radius, height: 2 * radius },
      fill: { color: sample.fill, opacity: 1 },
      stroke: {
        color: sample.strokeColor,
        width: sample.strokeWidth * pointsPerPixel * scale,
        dash: "solid",
        opacity: 1,
      },
    },
  ];
}

type LegendOptions = {
  /** Body text size in points. */
  size: number;
  /** With the notes (the "How to read this map" page) or without (a map page's side column). */
  notes: boolean;
  /** Layers in this many columns. */
  columns: number;
};

/**
 * The legend as page elements, from the same model the screen and the PNG draw: one sample per layer, the
 * confidence line styles and the geometry precision, and on request the notes. Returns the y below it.
 */
export function legendElements(
  legend: LegendModel,
  area: Box,
  options: LegendOptions,
  measure: MeasureText,
): { elements: PageElement[]; bottom: number } {
  const { size } = options;
  const sampleWidth = size * 2.6;
  const gap = size * 0.6;
  const elements: PageElement[] = [];
  const text = (paragraph: string, box: Box, bold = false, role: "heading" | "body" | "small" = "body") => {
    elements.push({
      kind: "text",
      role,
      box,
      size: role === "heading" ? size * 1.2 : role === "small" ? size * 0.9 : size,
      color: role === "small" ? muted : ink,
      paragraphs: [[{ text: paragraph, ...(bold ? { bold: true } : {}) }]],
      paragraphGap: 0,
      lineHeight: 1.25,
    });
  };
  let y = area.y;
  const heading = (title: string) => {
    text(title, { x: area.x, y, width: area.width, height: size * 1.2 * 1.3 }, true, "heading");
    y += size * 1.2 * 1.3 + gap * 0.5;
  };
  const row = (label: string, sample: (box: Box) => PageElement[], x: number, width: number, top: number) => {
    const labelWidth = width - sampleWidth - gap;
    const height = textHeight(
      { paragraphs: [[{ text: label }]], size, lineHeight: 1.25, paragraphGap: 0 },
      labelWidth,
      measure,
    );
    elements.push(...sample({ x, y: top, width: sampleWidth, height: size * 1.25 }));
    text(label, { x: x + sampleWidth + gap, y: top, width: labelWidth, height });
    return height;
  };

  heading("Legend");
  const columnWidth = (area.width - (options.columns - 1) * gap * 2) / options.columns;
  const perColumn = Math.ceil(legend.layers.length / options.columns);
  let bottom = y;
  for (let column = 0; column < options.columns; column++) {
    let top = y;
    const x = area.x + column * (columnWidth + gap * 2);
    for (const layer of legend.layers.slice(column * perColumn, (column + 1) * perColumn)) {
      top += row(layer.title, (box) => sampleElements(layer.sample, box, 1), x, columnWidth, top) + gap * 0.6;
    }
    bottom = Math.max(bottom, top);
  }
  y = bottom + gap * 0.5;
  heading("Confidence (line style) and geometry");
  for (const item of legend.confidence) {
    y +=
      row(
        `${item.label} — ${item.meaning}`,
        (box) =>
          sampleElements({ shape: "line", color: "#333333", width: 4, opacity: 1, dash: item.dash }, box, 1),
        area.x,
        area.width,
        y,
      ) +
      gap * 0.6;
  }
  for (const item of legend.precision) {
    y +=
      row(
        `${item.label} — ${item.meaning}`,
        (box) =>
          sampleElements(
            {
              shape: "line",
              color: "#333333",
              width: 4 * item.widthFactor,
              opacity: item.opacity,
              dash: [1, 0],
            },
            box,
            1,
          ),
        area.x,
        area.width,
        y,
      ) +
      gap * 0.6;
  }
  if (options.notes) {
    y += gap * 0.5;
    for (const note of legend.notes) {
      const height = textHeight(
        { paragraphs: [[{ text: note }]], size: size * 0.9, lineHeight: 1.25, paragraphGap: 0 },
        area.width,
        measure,
      );
      text(note, { x: area.x, y, width: area.width, height }, false, "small");
      y += height + gap * 0.4;
    }
  }
  return { elements, bottom: y };
}
