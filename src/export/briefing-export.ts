import type { Map as MaplibreMap, StyleSpecification } from "maplibre-gl";
import type { FeatureRecord } from "../state/feature-record.ts";
import { markerLabels } from "../state/marker-labels.ts";
import { SourceNumbering } from "../state/source-numbering.ts";
import type { LegendModel } from "../symbology/legend-model.ts";
import type { Scene, ViewExtent } from "../symbology/scene.ts";
import { type BriefingContent, drawBriefing, pictureCanvas } from "./draw-briefing.ts";
import { encodePng } from "./encode-png.ts";
import { loadExportFonts } from "./export-fonts.ts";
import { fitExportSize } from "./export-sizes.ts";
import { briefingLayout, metresPerPixel } from "./layout.ts";
import { addPngText } from "./png-metadata.ts";
import { discardPreparedMap, prepareOffscreenMap, takeOffscreenMap } from "./prepared-map.ts";
import { drawOffscreenMap, sceneExtent } from "./render-map.ts";
import { figureAndResponseLines, sourceLine } from "./source-list.ts";
import { drawSourcePictures } from "./source-pictures.ts";

export { defaultCaveat } from "./caveat.ts";

export type ExportRequest = {
  width: number;
  height: number;
  scale: number;
  title: string;
  subtitle: string;
  caveat: string;
  /** e.g. "2026-11-24"; a parameter, so that the same state and date give the same picture. */
  dateStamp: string;
  show: BriefingContent["show"];
};

export type ExportContext = {
  map: MaplibreMap;
  /** Adds what `getStyle()` does not carry (images drawn at run time) to the offscreen map. */
  prepareMap: (map: MaplibreMap) => void;
  /** The live map's style as a picture of `extent` needs it (with basemap files the screen may not have loaded). */
  exportStyle: (extent: ViewExtent) => StyleSpecification;
  legend: LegendModel;
  attribution: string;
  /** Every feature the view could draw, with its sourcing: what is drawn in the extent is cited. */
  records: readonly FeatureRecord[];
  provenance: { layers: string[]; filters: string; link: string };
  /** What the picture shows: the live map's view and state as they were asked for, or a tour step's. */
  scene: Scene;
};

export type ExportResult = {
  blob: Blob;
  /** "Sources, continued" pictures of the same size, when the sources do not fit beside the legend. */
  continuation: Blob[];
  width: number;
  height: number;
  /** Set when the size had to be lowered to fit the browser. */
  message?: string;
  metadata: Record<string, string>;
};

function browserLimits(map: MaplibreMap): { maxSide: number; maxArea: number } {
  // The map's own context, through the canvas (getContext returns the context a canvas already has): no second
  // context in the GPU process, and no reach into MapLibre's private painter.
  const canvas = map.getCanvas();
  const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
  if (!gl) return { maxSide: 4096, maxArea: 120_000_000 };
  const maxTexture = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;
  const maxViewport = (gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array)[0] ?? maxTexture;
  // Chromium refuses 2D canvases above 268 M pixels; keep well below for memory's sake.
  return { maxSide: Math.min(maxTexture, maxViewport, 16_384), maxArea: 120_000_000 };
}

/** The picture's size, its layout, and the map's CSS size and pixel ratio within it. */
function planOf(request: ExportRequest, context: ExportContext) {
  const size = fitExportSize(request, browserLimits(context.map));
  const layout = briefingLayout(size.width, size.height, {
    legend: request.show.legend,
    sources: request.show.sources,
  });
  // Map labels scale with the picture like the rest of its text: the map is laid out at `unit`-reduced CSS
  // size and drawn at a pixel ratio of scale × unit.
  const map = {
    cssWidth: Math.round(layout.map.width / layout.unit),
    cssHeight: Math.round(layout.map.height / layout.unit),
    pixelRatio: size.scale * layout.unit,
  };
  return { size, layout, map };
}

/** Loads the map for an export of `request` ahead of time, e.g. while the export dialog is open. */
export function prepareBriefing(request: ExportRequest, context: ExportContext): void {
  const { map } = planOf(request, context);
  prepareOffscreenMap(context.map, {
    size: map,
    prepare: context.prepareMap,
    scene: context.scene,
    style: context.exportStyle(sceneExtent(context.map, context.scene, map)),
  });
}

/** Lets go of a map loaded by `prepareBriefing` (the dialog closed). */
export function discardPreparedBriefing(): void {
  discardPreparedMap();
}

export async function exportBriefing(request: ExportRequest, context: ExportContext): Promise<ExportResult> {
  const { size, layout, map } = planOf(request, context);
  const draft = takeOffscreenMap(context.map, {
    size: map,
    prepare: context.prepareMap,
    scene: context.scene,
    style: context.exportStyle(sceneExtent(context.map, context.scene, map)),
  });
  let drawn: FeatureRecord[] = [];
  const numbering = new SourceNumbering();
  const rendered = await drawOffscreenMap(draft, map, (ids) => {
    drawn = context.records.filter((record) => ids.has(record.id));
    return markerLabels(numbering.number(drawn));
  });
  try {
    const numbered = numbering.all();
    const lines = numbered.map((source) => sourceLine(source, { withLinks: false }));
    await loadExportFonts(
      [
        request.title,
        request.subtitle,
        request.caveat,
        ...context.legend.layers.map((layer) => layer.title),
        ...lines,
      ].join(" "),
    );
    const drawing = pictureCanvas(size);
    const { canvas } = drawing;
    const sourcesArea = drawBriefing(drawing, layout, size, rendered.canvas, {
      title: request.title,
      subtitle: request.subtitle,
      caveat: request.caveat,
      dateStamp: request.dateStamp,
      attribution: context.attribution,
      legend: context.legend,
      show: request.show,
      metresPerPixel:
        metresPerPixel(rendered.metresPerCssPixel.latitude, rendered.metresPerCssPixel.zoom) / layout.unit,
      bearing: rendered.bearing,
    });
    const continuation = sourcesArea
      ? drawSourcePictures(drawing, lines, sourcesArea, {
          size,
          unit: layout.unit,
          title: request.title,
          caveat: request.caveat,
          dateStamp: request.dateStamp,
        })
      : [];
    // The view of the map that drew the picture: the live map may have moved while it was drawn.
    const { center, zoom, bearing, pitch } = rendered.view;
    const reported = figureAndResponseLines(drawn);
    const metadata: Record<string, string> = {
      Title: request.title,
      Description: request.subtitle,
      "Creation Time": request.dateStamp,
      Software: "Alleged DPRK-Russia supply routes map",
      Disclaimer: request.caveat,
      View: `centre ${center[1].toFixed(4)}, ${center[0].toFixed(4)}; zoom ${zoom.toFixed(2)}; bearing ${bearing.toFixed(1)}; pitch ${pitch.toFixed(1)}`,
      Link: context.provenance.link,
      Layers: context.provenance.layers.join("; "),
      Filters: context.provenance.filters,
      Sources: numbered
        .map((source) => `${source.number}. ${sourceLine(source, { withLinks: true })}`)
        .join("\n"),
      ...(reported.figures.length > 0 ? { "Reported figures": reported.figures.join("\n") } : {}),
      ...(reported.responses.length > 0 ? { Responses: reported.responses.join("\n") } : {}),
    };
    const encode = async (picture: HTMLCanvasElement) =>
      new Blob([addPngText(new Uint8Array(await (await encodePng(picture)).arrayBuffer()), metadata)], {
        type: "image/png",
      });
    const blob = await encode(canvas);
    const continued = await Promise.all(continuation.map(encode));
    const result = { blob, continuation: continued, width: canvas.width, height: canvas.height, metadata };
    return size.message ? { ...result, message: size.message } : result;
  } finally {
    rendered.remove();
  }
}
