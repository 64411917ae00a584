import type { ExportContext } from "../export/briefing-export.ts";
import { OffscreenMaps, renderMapImage } from "../export/map-image.ts";
import type { CitationRecord } from "../state/feature-record.ts";
import { type NumberedSource, SourceNumbering } from "../state/source-numbering.ts";
import type { LegendModel } from "../symbology/legend-model.ts";
import { markerLabel } from "../symbology/source-markers.ts";
import { coverPage, type DeckCover, legendPage, sourcesPages } from "./deck-pages.ts";
import type { MeasureText, Page, PagedDocument, PageSize } from "./page-elements.ts";
import { viewNotes } from "./speaker-notes.ts";
import { viewFrame, viewPages } from "./view-page.ts";

export type DeliverableView = {
  context: ExportContext;
  title: string;
  subtitle: string;
  /** A tour step's text, sentence by sentence with the publications each cites. */
  sentences?: readonly CitedSentence[];
};

export type CitedSentence = { text: string; citations: readonly CitationRecord[] };

/** The step's text with its sources' deck numbers after each sentence: "… by rail. [3, 7]" */
function numberedText(
  sentences: readonly CitedSentence[],
  numbering: SourceNumbering,
): { text: string; sources: NumberedSource[] } {
  const sources = new Map<number, NumberedSource>();
  const text = sentences
    .map((sentence) => {
      const cited = numbering.cite(sentence.citations);
      for (const source of cited) sources.set(source.number, source);
      return cited.length > 0
        ? `${sentence.text} [${markerLabel(cited.map((source) => source.number))}]`
        : sentence.text;
    })
    .join(" ");
  return { text, sources: [...sources.values()] };
}

function mergedSources(...lists: readonly (readonly NumberedSource[])[]): NumberedSource[] {
  const merged = new Map(lists.flat().map((source) => [source.number, source]));
  return [...merged.values()].sort((a, b) => a.number - b.number);
}

export type DeliverableRequest = {
  size: PageSize;
  /** Pixels of map per point: 2 for a slide (1920 pixels across 960 points), 300 / 72 for print at 300 dpi. */
  pixelsPerPoint: number;
  cover: Omit<DeckCover, "asOf">;
  /** The views in order. */
  views: readonly DeliverableView[];
  measure: MeasureText;
  onProgress?: (view: number, count: number) => void;
};

/**
 * The map is laid out at two CSS pixels a point, whatever the resolution: a slide and a printed page show the
 * same extent with labels of the same size on the page; only the pixel ratio changes.
 */
const cssPixelsPerPoint = 2;

const keywords = ["North Korea", "Russia", "arms transfers", "alleged", "open sources", "supply routes"];

function mergedLegend(legends: readonly LegendModel[]): LegendModel | null {
  const [first] = legends;
  if (!first) return null;
  const layers = new Map(legends.flatMap((legend) => legend.layers).map((layer) => [layer.id, layer]));
  const notes = [...new Set(legends.flatMap((legend) => legend.notes))];
  return { ...first, layers: [...layers.values()], notes };
}

function altTextOf(view: DeliverableView, layers: readonly string[], drawn: number): string {
  return `${view.title}. Map of ${layers.join(", ") || "no layer"}: ${drawn} sourced feature${drawn === 1 ? "" : "s"} drawn, each numbered with its sources. ${view.subtitle}`;
}

/**
 * A deck or PDF: cover, "How to read this map", one page per view (with "Sources, continued" pages when a view's
 * sources do not fit beside its legend), and every source of the deck in full at the end. Maps are drawn
 * offscreen, one after the other; sources are numbered once for the whole deliverable.
 */
export async function buildDeliverable(request: DeliverableRequest): Promise<PagedDocument> {
  const { size, measure } = request;
  const numbering = new SourceNumbering();
  const viewPagesList: Page[] = [];
  const legends: LegendModel[] = [];
  const provenance: string[] = [];
  const maps = new OffscreenMaps();
  try {
    for (const [index, view] of request.views.entries()) {
      request.onProgress?.(index + 1, request.views.length);
      const { context } = view;
      legends.push(context.legend);
      const step = numberedText(view.sentences ?? [], numbering);
      const frame = viewFrame(
        size,
        {
          title: view.title,
          subtitle: view.subtitle,
          ...(step.text ? { text: step.text } : {}),
          legend: context.legend,
          caveat: request.cover.caveat,
          dateStamp: request.cover.dateStamp,
          attribution: context.attribution,
        },
        measure,
      );
      const image = await renderMapImage(
        context,
        {
          cssWidth: Math.round(frame.map.width * cssPixelsPerPoint),
          cssHeight: Math.round(frame.map.height * cssPixelsPerPoint),
          pixelRatio: request.pixelsPerPoint / cssPixelsPerPoint,
        },
        numbering,
        maps,
      );
      const layers = context.legend.layers.map((layer) => layer.title);
      const pages = viewPages(
        frame,
        {
          kind: "image",
          box: frame.map,
          png: image.png,
          pixelWidth: image.pixelWidth,
          pixelHeight: image.pixelHeight,
          altText: altTextOf(view, layers, image.features.length),
        },
        mergedSources(step.sources, image.numbered.sources),
        viewNotes(
          { title: view.title, text: step.text, textSources: step.sources },
          image.features,
          image.numbered,
        ),
        measure,
      );
      viewPagesList.push(...pages);
      provenance.push(
        `${index + 1}. ${view.title} — ${context.provenance.link} — layers: ${context.provenance.layers.join("; ")} — filters: ${context.provenance.filters}`,
      );
    }
  } finally {
    maps.close();
  }
  const sources = numbering.all();
  const dates = sources.map((source) => source.citation.published).sort();
  const asOf =
    dates.length > 0 ? `Reporting from ${dates[0]} to ${dates.at(-1)}` : "No sourced feature shown";
  const cover = { ...request.cover, asOf };
  const legend = mergedLegend(legends);
  const pages = [
    coverPage(size, cover, [cover.caveat, "", "Views:", ...provenance].join("\n"), measure),
    ...(legend ? [legendPage(size, legend, measure)] : []),
    ...viewPagesList,
    ...sourcesPages(size, sources, measure),
  ];
  return {
    size,
    pages,
    properties: {
      title: cover.title,
      subject: cover.subtitle,
      author: "supply-route-map",
      keywords: [...keywords, ...(legend?.layers.map((layer) => layer.title) ?? [])],
      created: new Date().toISOString(),
      provenance: provenance.join("\n"),
    },
  };
}
