import type { MeasureText } from "./page-elements.ts";

/** Text widths in points from the browser's own shaping of `family` (1 canvas pixel = 1 point). */
export function canvasMeasure(family: string): MeasureText {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) throw new Error("The browser could not create a canvas to measure text");
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 7 : 4}|${size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${bold ? 700 : 400} ${size}px "${family}", sans-serif`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
