import type { Map as MaplibreMap } from "maplibre-gl";
import { arrowImage, hatchImage } from "../symbology/data-layers.ts";

/** Drawn here rather than loaded from a sprite, so that no file (and no other host) is needed. */
function drawArrow(): ImageData {
  const size = 24;
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  context.fillStyle = "#000";
  context.beginPath();
  // Points along +x: MapLibre lines up a line-placed icon with the direction of the line.
  context.moveTo(6, 5);
  context.lineTo(19, 12);
  context.lineTo(6, 19);
  context.lineTo(9, 12);
  context.closePath();
  context.fill();
  return context.getImageData(0, 0, size, size);
}

function drawHatch(color: string): ImageData {
  const size = 12;
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  context.strokeStyle = color;
  context.lineWidth = 1.5;
  context.beginPath();
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
  return context.getImageData(0, 0, size, size);
}

export function addMapImages(map: MaplibreMap, hatchColor: string): void {
  if (!map.hasImage(arrowImage)) map.addImage(arrowImage, drawArrow(), { sdf: true, pixelRatio: 2 });
  if (!map.hasImage(hatchImage)) map.addImage(hatchImage, drawHatch(hatchColor), { pixelRatio: 1 });
}
