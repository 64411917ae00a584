import type { Map as MaplibreMap } from "maplibre-gl";
import type { LegendModel } from "../symbology/legend-model.ts";
import { type BriefingContent, drawBriefing, exportFont } from "./draw-briefing.ts";
import { encodePng } from "./encode-png.ts";
import { fitExportSize } from "./export-sizes.ts";
import { briefingLayout, metresPerPixel } from "./layout.ts";
import { addPngText } from "./png-metadata.ts";
import { discardPreparedMap, prepareOffscreenMap, takeOffscreenMap } from "./prepared-map.ts";
import { drawOffscreenMap, type FeatureStateEntry } from "./render-map.ts";

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
  legend: LegendModel;
  attribution: string;
  /** The source list for the features drawn in the exported extent, one line a publication. */
  sourcesFor: (featureIds: Set<string>, options: { withLinks: boolean }) => string[];
  /** The reported figures and responses of the features drawn, one line each, for the file's metadata. */
  figuresFor?: (featureIds: Set<string>) => { figures: string[]; responses: string[] };
  provenance: { layers: string[]; filters: string; link: string };
  /** Feature states to draw in the picture too, such as a tour step's highlighted features. */
  featureStates?: readonly FeatureStateEntry[];
};

export type ExportResult = {
  blob: Blob;
  width: number;
  height: number;
  /** Set when the size had to be lowered to fit the browser. */
  message?: string;
  metadata: Record<string, string>;
};

function browserLimits(map: MaplibreMap): { maxSide: number; maxArea: number } {
  const gl = map.painter.context.gl;
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
    featureStates: context.featureStates,
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
    featureStates: context.featureStates,
  });
  await Promise.all([
    document.fonts.load(`400 16px "${exportFont}"`),
    document.fonts.load(`700 16px "${exportFont}"`),
  ]).catch((error) => {
    draft.remove();
    throw error;
  });
  const rendered = await drawOffscreenMap(draft, map);
  try {
    const sources = context.sourcesFor(rendered.featureIds, { withLinks: false });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(size.width * size.scale);
    canvas.height = Math.round(size.height * size.scale);
    const drawing = canvas.getContext("2d");
    if (!drawing) throw new Error("The browser could not create a canvas for the picture");
    drawing.scale(size.scale, size.scale);
    drawBriefing(drawing, layout, size, rendered.canvas, {
      title: request.title,
      subtitle: request.subtitle,
      caveat: request.caveat,
      dateStamp: request.dateStamp,
      attribution: context.attribution,
      legend: context.legend,
      sources,
      show: request.show,
      metresPerPixel:
        metresPerPixel(rendered.metresPerCssPixel.latitude, rendered.metresPerCssPixel.zoom) / layout.unit,
      bearing: rendered.bearing,
    });
    const center = context.map.getCenter();
    const reported = context.figuresFor?.(rendered.featureIds) ?? { figures: [], responses: [] };
    const metadata: Record<string, string> = {
      Title: request.title,
      Description: request.subtitle,
      "Creation Time": request.dateStamp,
      Software: "Alleged DPRK-Russia supply routes map",
      Disclaimer: request.caveat,
      View: `centre ${center.lat.toFixed(4)}, ${center.lng.toFixed(4)}; zoom ${context.map.getZoom().toFixed(2)}; bearing ${context.map.getBearing().toFixed(1)}; pitch ${context.map.getPitch().toFixed(1)}`,
      Link: context.provenance.link,
      Layers: context.provenance.layers.join("; "),
      Filters: context.provenance.filters,
      Sources: context
        .sourcesFor(rendered.featureIds, { withLinks: true })
        .map((source, index) => `${index + 1}. ${source}`)
        .join("\n"),
      ...(reported.figures.length > 0 ? { "Reported figures": reported.figures.join("\n") } : {}),
      ...(reported.responses.length > 0 ? { Responses: reported.responses.join("\n") } : {}),
    };
    const png = new Uint8Array(await (await encodePng(canvas)).arrayBuffer());
    const blob = new Blob([addPngText(png, metadata)], { type: "image/png" });
    return size.message
      ? { blob, width: canvas.width, height: canvas.height, message: size.message, metadata }
      : { blob, width: canvas.width, height: canvas.height, metadata };
  } finally {
    rendered.remove();
  }
}
