import type { FeatureRecord } from "../state/feature-record.ts";
import { markerLabels } from "../state/marker-labels.ts";
import type { NumberedView, SourceNumbering } from "../state/source-numbering.ts";
import type { ExportContext } from "./briefing-export.ts";
import { drawNorthArrow, drawScaleBar } from "./draw-briefing.ts";
import { encodePng } from "./encode-png.ts";
import { loadExportFonts } from "./export-fonts.ts";
import { metresPerPixel } from "./layout.ts";
import {
  type DraftMap,
  drawOffscreenMap,
  redraftOffscreenMap,
  sceneExtent,
  startOffscreenMap,
} from "./render-map.ts";

/** One offscreen map kept from view to view of a deck; `close` lets it go. */
export class OffscreenMaps {
  draft: DraftMap | null = null;

  close(): void {
    this.draft?.remove();
    this.draft = null;
  }
}

export type MapImage = {
  png: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
  /** The features drawn, in the data's order, and their sources as numbered for this image. */
  features: FeatureRecord[];
  numbered: NumberedView;
};

/**
 * A view's map alone, for a slide or a page: drawn offscreen at `cssWidth × cssHeight` and `pixelRatio`, with
 * footnote markers numbered by `numbering` (shared across a deck), scale bar and north arrow. The map is kept in
 * `maps` for the next view.
 */
export async function renderMapImage(
  context: ExportContext,
  size: { cssWidth: number; cssHeight: number; pixelRatio: number },
  numbering: SourceNumbering,
  maps: OffscreenMaps,
): Promise<MapImage> {
  await loadExportFonts("0123456789 km m N");
  const style = context.exportStyle(sceneExtent(context.map, context.scene, size));
  const draft = maps.draft
    ? redraftOffscreenMap(maps.draft, context.map, size, context.scene, style)
    : startOffscreenMap(context.map, size, context.prepareMap, context.scene, style);
  maps.draft = draft;
  let features: FeatureRecord[] = [];
  let numbered: NumberedView = { sources: [], byFeature: new Map() };
  const rendered = await drawOffscreenMap(draft, size, (ids) => {
    features = context.records.filter((record) => ids.has(record.id));
    numbered = numbering.number(features);
    return markerLabels(numbered);
  }).catch((error: unknown) => {
    // drawOffscreenMap disposed of the map.
    maps.draft = null;
    throw error;
  });
  try {
    const canvas = document.createElement("canvas");
    canvas.width = rendered.canvas.width;
    canvas.height = rendered.canvas.height;
    const drawing = canvas.getContext("2d");
    if (!drawing) throw new Error("The browser could not create a canvas for the map");
    drawing.drawImage(rendered.canvas, 0, 0);
    const frame = { x: 0, y: 0, width: canvas.width, height: canvas.height };
    const metres = metresPerPixel(rendered.metresPerCssPixel.latitude, rendered.metresPerCssPixel.zoom);
    drawScaleBar(drawing, frame, metres / size.pixelRatio, size.pixelRatio);
    drawNorthArrow(drawing, frame, rendered.bearing, size.pixelRatio);
    const png = new Uint8Array(await (await encodePng(canvas)).arrayBuffer());
    return { png, pixelWidth: canvas.width, pixelHeight: canvas.height, features, numbered };
  } catch (error) {
    maps.close();
    throw error;
  }
}
