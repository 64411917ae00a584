import { loadExportFonts } from "../export/export-fonts.ts";
import { citationText } from "../export/source-list.ts";
import { buildDeliverable, type DeliverableRequest, type DeliverableView } from "./build-deliverable.ts";
import { canvasMeasure } from "./canvas-measure.ts";
import { type PageSizeId, pageSizes } from "./page-elements.ts";
import { loadPdfFonts, measurePdfText, writePdf } from "./write-pdf.ts";
import { deckFont, writePptx } from "./write-pptx.ts";

export type DeckFormat = "pptx" | "pdf";

export type DeckRequest = Pick<DeliverableRequest, "cover" | "onProgress"> & {
  /** The views in order, each read from the state it pictures when the export starts. */
  views: readonly (() => DeliverableView)[];
  format: DeckFormat;
  /** PDF page size; a deck is always a 16:9 slide. */
  pageSize: PageSizeId;
};

/** Every text a deck may set, so that the faces it needs (Hangul, kana, Cyrillic) load before it is measured. */
function textsOf(request: DeckRequest, views: readonly DeliverableView[]): string {
  return [
    request.cover.title,
    request.cover.subtitle,
    request.cover.caveat,
    ...views.flatMap((view) => [
      view.title,
      view.subtitle,
      ...(view.sentences ?? []).map((sentence) => sentence.text),
      ...view.context.legend.layers.map((layer) => layer.title),
      ...view.context.records.flatMap((record) => record.citations.map(citationText)),
    ]),
  ].join(" ");
}

/** A slide deck (.pptx, 16:9, slide resolution) or a PDF (the chosen page size, maps at 300 dpi). */
export async function exportDeck(request: DeckRequest): Promise<Blob> {
  // Each view's state is read once, at the click: what changes while the deck is made is for the next one.
  const views = request.views.map((view) => view());
  await loadExportFonts(textsOf(request, views));
  const slide = request.format === "pptx";
  const size =
    pageSizes.find((item) => item.id === (slide ? "slide-16-9" : request.pageSize)) ?? pageSizes[0];
  if (!size) throw new Error("No page size");
  if (slide) {
    const document = await buildDeliverable({
      ...request,
      views,
      size,
      pixelsPerPoint: 2,
      measure: canvasMeasure(deckFont),
    });
    return writePptx(document);
  }
  // The PDF sets its text in the Noto faces it embeds, and is laid out with their metrics.
  const fonts = await loadPdfFonts();
  const document = await buildDeliverable({
    ...request,
    views,
    size,
    pixelsPerPoint: 300 / 72,
    measure: measurePdfText(fonts),
  });
  const bytes = await writePdf(document, fonts);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" });
}
