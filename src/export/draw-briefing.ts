import type { LegendModel, LegendSample } from "../symbology/legend-model.ts";
import { type BriefingLayout, type Rectangle, scaleBarLength } from "./layout.ts";

export const exportFont = "Noto Sans Export";

/** A white canvas of `size` layout pixels at `scale` device pixels each, drawn on in layout pixels. */
export function pictureCanvas(size: {
  width: number;
  height: number;
  scale: number;
}): CanvasRenderingContext2D {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(size.width * size.scale);
  canvas.height = Math.round(size.height * size.scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("The browser could not create a canvas for the picture");
  context.scale(size.scale, size.scale);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, size.width, size.height);
  return context;
}

export type BriefingContent = {
  title: string;
  subtitle: string;
  caveat: string;
  dateStamp: string;
  attribution: string;
  legend: LegendModel;
  show: {
    legend: boolean;
    sources: boolean;
    scaleBar: boolean;
    northArrow: boolean;
    dateStamp: boolean;
    attribution: boolean;
  };
  /** For the scale bar: metres per layout pixel at the map's centre; the bearing for the north arrow. */
  metresPerPixel: number;
  bearing: number;
};

export const ink = "#1f2328";
export const muted = "#5c5852";

export function font(size: number, weight = 400): string {
  return `${weight} ${size}px "${exportFont}", sans-serif`;
}

/** `text` broken into lines no wider than `width` in the context's current font, word by word. */
export function wrapLines(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width > width && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws `text` wrapped into `width`; returns the y below the last line. */
function wrapText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  width: number,
  lineHeight: number,
): number {
  let cursor = y;
  for (const line of wrapLines(context, text, width)) {
    context.fillText(line, x, cursor);
    cursor += lineHeight;
  }
  return cursor;
}

function lineSample(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  length: number,
  options: { color: string; width: number; dash: readonly number[]; opacity?: number },
) {
  context.save();
  context.globalAlpha = options.opacity ?? 1;
  context.strokeStyle = options.color;
  context.lineWidth = options.width;
  context.lineCap = "round";
  // Same units as the map: MapLibre's dash lengths are multiples of the line width.
  context.setLineDash(
    options.dash[1] === 0 ? [] : options.dash.map((part) => Math.max(part, 0.001) * options.width),
  );
  context.beginPath();
  context.moveTo(x, y);
  context.lineTo(x + length, y);
  context.stroke();
  context.restore();
}

/** A layer's legend sample (symbology/legend-model.ts), as the on-screen legend draws it, at `unit` scale. */
export function drawSample(
  context: CanvasRenderingContext2D,
  sample: LegendSample,
  x: number,
  middle: number,
  length: number,
  unit: number,
): void {
  // The picture's legend is drawn at 4/3 of the screen's line widths, as its text is larger.
  const scale = (4 / 3) * unit;
  if (sample.shape === "line") {
    lineSample(context, x, middle, length, {
      color: sample.color,
      width: sample.width * scale,
      dash: sample.dash,
      opacity: sample.opacity,
    });
    return;
  }
  if (sample.shape === "area") {
    const left = x + 6 * unit;
    const width = length - 12 * unit;
    const top = middle - 7 * unit;
    context.save();
    context.beginPath();
    context.rect(left, top, width, 14 * unit);
    context.clip();
    context.strokeStyle = sample.hatchColor;
    context.lineWidth = 1.5 * unit;
    context.beginPath();
    for (let offset = -14 * unit; offset < width; offset += 8 * unit) {
      context.moveTo(left + offset, top + 14 * unit);
      context.lineTo(left + offset + 14 * unit, top);
    }
    context.stroke();
    context.restore();
    context.save();
    context.strokeStyle = sample.outlineColor;
    context.lineWidth = sample.outlineWidth * scale;
    context.setLineDash(sample.outlineDash.map((part) => part * sample.outlineWidth * scale));
    context.strokeRect(left, top, width, 14 * unit);
    context.restore();
    return;
  }
  context.beginPath();
  context.fillStyle = sample.fill;
  context.strokeStyle = sample.strokeColor;
  context.lineWidth = sample.strokeWidth * scale;
  context.arc(x + length / 2, middle, sample.radius * scale, 0, Math.PI * 2);
  context.fill();
  context.stroke();
}

export function drawLegend(
  context: CanvasRenderingContext2D,
  legend: LegendModel,
  area: Rectangle,
  unit: number,
): number {
  const row = 26 * unit;
  const sample = 46 * unit;
  let y = area.y + 22 * unit;
  context.fillStyle = ink;
  context.font = font(19 * unit, 700);
  context.fillText("Legend", area.x, y);
  y += row;
  context.font = font(15 * unit);
  for (const layer of legend.layers) {
    drawSample(context, layer.sample, area.x, y - 5 * unit, sample, unit);
    context.fillStyle = ink;
    y = wrapText(
      context,
      layer.title,
      area.x + sample + 10 * unit,
      y,
      area.width - sample - 10 * unit,
      row * 0.85,
    );
    y += 4 * unit;
  }
  y += 6 * unit;
  context.font = font(15 * unit, 700);
  context.fillText("Confidence (line style)", area.x, y);
  y += row;
  context.font = font(15 * unit);
  for (const item of legend.confidence) {
    lineSample(context, area.x, y - 5 * unit, sample, { color: "#333333", width: 4 * unit, dash: item.dash });
    context.fillText(`${item.label} — ${item.meaning}`, area.x + sample + 10 * unit, y);
    y += row;
  }
  for (const item of legend.precision) {
    lineSample(context, area.x, y - 5 * unit, sample, {
      color: "#333333",
      width: 4 * unit * item.widthFactor,
      dash: [1, 0],
      opacity: item.opacity,
    });
    context.fillText(`${item.label} — ${item.meaning}`, area.x + sample + 10 * unit, y);
    y += row;
  }
  context.fillStyle = muted;
  context.font = font(13 * unit);
  for (const note of legend.notes) y = wrapText(context, note, area.x, y + 2 * unit, area.width, 18 * unit);
  return y;
}

export function drawScaleBar(
  context: CanvasRenderingContext2D,
  map: Rectangle,
  metresPerPixel: number,
  unit: number,
) {
  const bar = scaleBarLength(metresPerPixel, 200 * unit);
  const x = map.x + 18 * unit;
  const y = map.y + map.height - 22 * unit;
  context.fillStyle = "rgba(255,255,255,0.85)";
  context.fillRect(x - 8 * unit, y - 26 * unit, bar.pixels + 16 * unit, 38 * unit);
  context.strokeStyle = ink;
  context.lineWidth = 2 * unit;
  context.beginPath();
  context.moveTo(x, y - 8 * unit);
  context.lineTo(x, y);
  context.lineTo(x + bar.pixels, y);
  context.lineTo(x + bar.pixels, y - 8 * unit);
  context.stroke();
  context.fillStyle = ink;
  context.font = font(14 * unit);
  context.fillText(bar.label, x, y - 12 * unit);
}

export function drawNorthArrow(
  context: CanvasRenderingContext2D,
  map: Rectangle,
  bearing: number,
  unit: number,
) {
  const cx = map.x + map.width - 36 * unit;
  const cy = map.y + 44 * unit;
  context.save();
  context.fillStyle = "rgba(255,255,255,0.85)";
  context.beginPath();
  context.arc(cx, cy, 26 * unit, 0, Math.PI * 2);
  context.fill();
  context.translate(cx, cy);
  context.rotate((-bearing * Math.PI) / 180);
  context.fillStyle = ink;
  context.beginPath();
  context.moveTo(0, -18 * unit);
  context.lineTo(9 * unit, 12 * unit);
  context.lineTo(0, 6 * unit);
  context.lineTo(-9 * unit, 12 * unit);
  context.closePath();
  context.fill();
  context.font = font(12 * unit, 700);
  context.textAlign = "center";
  context.fillText("N", 0, -20 * unit);
  context.restore();
}

/**
 * Composes the picture: the rendered map plus title, legend, caveat and map furniture. Returns the room left
 * under the legend for the sources (see source-pictures.ts), or null when they are not shown.
 */
export function drawBriefing(
  context: CanvasRenderingContext2D,
  layout: BriefingLayout,
  size: { width: number; height: number },
  mapImage: CanvasImageSource,
  content: BriefingContent,
) {
  const { unit } = layout;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, size.width, size.height);
  context.textBaseline = "alphabetic";

  context.fillStyle = ink;
  context.font = font(34 * unit, 700);
  context.fillText(content.title, layout.header.x, layout.header.y + 40 * unit, layout.header.width);
  context.fillStyle = muted;
  context.font = font(19 * unit);
  context.fillText(content.subtitle, layout.header.x, layout.header.y + 72 * unit, layout.header.width);

  context.drawImage(mapImage, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  context.strokeStyle = "#b9b3a8";
  context.lineWidth = 1 * unit;
  context.strokeRect(layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  if (content.show.scaleBar) drawScaleBar(context, layout.map, content.metresPerPixel, unit);
  if (content.show.northArrow) drawNorthArrow(context, layout.map, content.bearing, unit);

  let sourcesArea: Rectangle | null = null;
  if (layout.side) {
    const legendBottom = content.show.legend
      ? drawLegend(context, content.legend, layout.side, unit)
      : layout.side.y;
    const top = legendBottom + 8 * unit;
    if (content.show.sources) {
      sourcesArea = { ...layout.side, y: top, height: layout.side.y + layout.side.height - top };
    }
  }

  context.fillStyle = ink;
  context.font = font(15 * unit, 700);
  const footerY = layout.footer.y + 26 * unit;
  context.fillText(content.caveat, layout.footer.x, footerY, layout.footer.width);
  context.fillStyle = muted;
  context.font = font(13 * unit);
  const small = [
    content.show.dateStamp ? `Exported ${content.dateStamp}` : "",
    content.show.attribution ? content.attribution : "",
  ]
    .filter(Boolean)
    .join(" · ");
  context.fillText(small, layout.footer.x, footerY + 24 * unit, layout.footer.width);
  return sourcesArea;
}
