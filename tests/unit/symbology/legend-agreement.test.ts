import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { drawLegend } from "../../../src/export/draw-briefing.ts";
import { kindStyle, styleLayersFor } from "../../../src/symbology/data-layers.ts";
import { type LegendLayer, legendModel } from "../../../src/symbology/legend-model.ts";
import { Legend } from "../../../src/ui/Legend.tsx";

/** A 2D context that records what is drawn with which colours, widths and dashes. */
function recordingContext() {
  const strokes: Array<{ color: string; width: number; dash: number[] }> = [];
  const fills: string[] = [];
  const state = { strokeStyle: "", fillStyle: "", lineWidth: 1, dash: [] as number[] };
  const context = {
    ...state,
    font: "",
    globalAlpha: 1,
    lineCap: "butt",
    save() {},
    restore() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    arc() {},
    rect() {},
    clip() {},
    fillText() {},
    measureText: (text: string) => ({ width: text.length * 7 }),
    setLineDash(dash: number[]) {
      this.dash = dash;
    },
    stroke() {
      strokes.push({ color: this.strokeStyle, width: this.lineWidth, dash: this.dash });
    },
    strokeRect() {
      strokes.push({ color: this.strokeStyle, width: this.lineWidth, dash: this.dash });
    },
    fill() {
      fills.push(this.fillStyle);
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, strokes, fills };
}

const kinds: LegendLayer[] = [
  { id: "flow", title: "A flow", color: "#d55e00", kind: "routes", role: "flow" },
  { id: "journey", title: "A journey", color: "#000000", kind: "routes", role: "context" },
  { id: "area", title: "An area", color: "#cc79a7", kind: "areas", role: "flow" },
  { id: "visit", title: "A visit", color: "#000000", kind: "events", role: "context" },
  { id: "place", title: "A place", color: "#555555", kind: "places", role: "context" },
];

const paintOf = (layer: LegendLayer, part: string) => {
  const spec = styleLayersFor(layer).find((style) => style.id === `${layer.id}--${part}`);
  if (!spec || !("paint" in spec) || !spec.paint) throw new Error(`${layer.id} has no ${part} layer`);
  return spec.paint as Record<string, unknown>;
};

describe.each(kinds)("the $kind layer $id: map, screen legend and picture legend agree", (layer) => {
  const model = legendModel([layer]);
  const sample = model.layers[0]?.sample;
  if (!sample) throw new Error("no sample");
  const markup = renderToStaticMarkup(createElement(Legend, { model }));
  const row = markup.slice(markup.indexOf("<li>"), markup.indexOf(layer.title));
  const drawn = recordingContext();
  drawLegend(drawn.context, model, { x: 0, y: 0, width: 300, height: 600 }, 1);

  test("the map's paint uses the sample's colours and sizes", () => {
    if (sample.shape === "line") {
      expect(JSON.stringify(paintOf(layer, "line")["line-color"])).toContain(sample.color);
    } else if (sample.shape === "area") {
      const outline = paintOf(layer, "outline");
      expect(JSON.stringify(outline["line-color"])).toContain(sample.outlineColor);
      expect(outline["line-dasharray"]).toEqual([...sample.outlineDash]);
      expect(JSON.stringify(outline["line-width"])).toContain(String(sample.outlineWidth));
      expect(sample.hatchColor).toBe(kindStyle.area.hatchColor);
    } else {
      const paint = paintOf(layer, layer.kind === "places" ? "dot" : "marker");
      expect(JSON.stringify(paint["circle-color"])).toContain(sample.fill);
      expect(JSON.stringify(paint["circle-radius"])).toContain(String(sample.radius));
      expect(paint["circle-stroke-color"]).toBe(sample.strokeColor);
      expect(paint["circle-stroke-width"]).toBe(sample.strokeWidth);
    }
  });

  test("the screen legend draws the sample", () => {
    if (sample.shape === "line") {
      expect(row).toContain(`stroke="${sample.color}"`);
      expect(row).toContain(`stroke-width="${sample.width}"`);
      expect(row).toContain(`opacity="${sample.opacity}"`);
    } else if (sample.shape === "area") {
      expect(row).toContain(`stroke="${sample.hatchColor}"`);
      expect(row).toContain(`stroke="${sample.outlineColor}"`);
      expect(row).toContain(
        `stroke-dasharray="${sample.outlineDash.map((part) => part * sample.outlineWidth).join(" ")}"`,
      );
    } else {
      expect(row).toContain(`fill="${sample.fill}"`);
      expect(row).toContain(`r="${sample.radius}"`);
      expect(row).toContain(`stroke="${sample.strokeColor}"`);
    }
  });

  test("the picture's legend draws the sample, at 4/3 of the screen's widths", () => {
    if (sample.shape === "line") {
      expect(drawn.strokes).toContainEqual({ color: sample.color, width: (sample.width * 4) / 3, dash: [] });
    } else if (sample.shape === "area") {
      expect(drawn.strokes.map((stroke) => stroke.color)).toContain(sample.hatchColor);
      expect(drawn.strokes).toContainEqual({
        color: sample.outlineColor,
        width: (sample.outlineWidth * 4) / 3,
        dash: sample.outlineDash.map((part) => (part * sample.outlineWidth * 4) / 3),
      });
    } else {
      expect(drawn.fills).toContain(sample.fill);
      expect(drawn.strokes.map((stroke) => stroke.color)).toContain(sample.strokeColor);
    }
  });
});
