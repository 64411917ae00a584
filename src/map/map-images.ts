import type { Map as MaplibreMap } from "maplibre-gl";
import { portImage, townDotImage } from "../symbology/basemap-layers.ts";
import { arrowImage, crossingImage, hatchImage, kindStyle } from "../symbology/data-layers.ts";

/** Drawn here rather than loaded from a sprite, so that no file (and no other host) is needed. */
function drawArrow(): ImageData {
  const size = 24;
  const context = canvasOf(size);
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
  const context = canvasOf(size);
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

function canvasOf(size: number): CanvasRenderingContext2D {
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  return canvas.getContext("2d") as CanvasRenderingContext2D;
}

/** A town's dot (a signed-distance image: the style colours it and gives it a halo). */
function drawTownDot(): ImageData {
  const size = 12;
  const context = canvasOf(size);
  context.fillStyle = "#000";
  context.beginPath();
  context.arc(size / 2, size / 2, 3.2, 0, Math.PI * 2);
  context.fill();
  return context.getImageData(0, 0, size, size);
}

/** A small anchor for ports: ring, shank, stock and flukes. */
function drawPort(): ImageData {
  const size = 20;
  const context = canvasOf(size);
  context.strokeStyle = "#000";
  context.lineWidth = 1.8;
  context.lineCap = "round";
  context.beginPath();
  context.arc(10, 4.5, 1.8, 0, Math.PI * 2);
  context.moveTo(10, 6.3);
  context.lineTo(10, 16.5);
  context.moveTo(6.5, 9);
  context.lineTo(13.5, 9);
  context.moveTo(4.5, 12.5);
  context.quadraticCurveTo(5.5, 16.8, 10, 16.8);
  context.quadraticCurveTo(14.5, 16.8, 15.5, 12.5);
  context.stroke();
  return context.getImageData(0, 0, size, size);
}

/** A ring that marks a short rail leg at small scales. */
function drawCrossingRing(): ImageData {
  const size = 40;
  const context = canvasOf(size);
  context.strokeStyle = "#000";
  context.lineWidth = 5;
  context.beginPath();
  context.arc(size / 2, size / 2, 13, 0, Math.PI * 2);
  context.stroke();
  return context.getImageData(0, 0, size, size);
}

export function addMapImages(map: MaplibreMap, hatchColor: string = kindStyle.area.hatchColor): void {
  if (!map.hasImage(arrowImage)) map.addImage(arrowImage, drawArrow(), { sdf: true, pixelRatio: 2 });
  if (!map.hasImage(hatchImage)) map.addImage(hatchImage, drawHatch(hatchColor), { pixelRatio: 1 });
  if (!map.hasImage(townDotImage)) map.addImage(townDotImage, drawTownDot(), { sdf: true, pixelRatio: 2 });
  if (!map.hasImage(crossingImage))
    map.addImage(crossingImage, drawCrossingRing(), { sdf: true, pixelRatio: 2 });
  if (!map.hasImage(portImage)) map.addImage(portImage, drawPort(), { sdf: true, pixelRatio: 2 });
}
