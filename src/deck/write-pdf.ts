/**
 * Writes a paged deliverable as a PDF: real, searchable text in embedded (subset) Noto fonts, the map as the PNG
 * the layout rendered, lines and shapes, link annotations, metadata and one bookmark per page.
 *
 * Library: @cantoo/pdf-lib (the maintained pdf-lib fork) with upstream fontkit 2. The fork's own
 * @pdf-lib/fontkit corrupts TrueType/CFF subsets of CJK fonts (blank Hangul); upstream fontkit subsets them
 * correctly, so a page carries only the glyphs it uses instead of a 6 MB Korean font. jsPDF 4 was the
 * alternative; its tracker reports custom fonts embedded whole (a Japanese font adding over 3 MB to a simple PDF)
 * and it takes fonts as binary strings through a virtual file system.
 */
import {
  concatTransformationMatrix,
  drawObject,
  LineCapStyle,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
} from "@cantoo/pdf-lib";
import * as fontkit from "fontkit";
import type {
  DashStyle,
  ImageElement,
  LineElement,
  PagedDocument,
  ShapeElement,
  Stroke,
  TextElement,
} from "./page-elements.ts";
import { pdfColor } from "./pdf-colors.ts";
import {
  eachFamily,
  type FontFamily,
  fontFamilies,
  measuredSpans,
  measurePdfText,
  type PdfFonts,
  parsedFonts,
} from "./pdf-fonts.ts";
import { embedPng } from "./pdf-png.ts";
import { addLink, addOutline, setInfoEntry } from "./pdf-structure.ts";
import { wrapParagraph } from "./wrap-text.ts";

export { loadPdfFonts } from "./load-pdf-fonts.ts";
export { measurePdfText, type PdfFonts } from "./pdf-fonts.ts";

const creator = "supply-route-map";

type EmbeddedFace = Record<FontFamily, PDFFont>;
type EmbeddedFonts = { regular: EmbeddedFace; bold: EmbeddedFace };

/** Dash and gap lengths in multiples of the line width, as the slide deck's preset dashes draw them. */
const dashPatterns: Record<DashStyle, number[]> = {
  solid: [],
  dash: [4, 3],
  dot: [1, 1],
  "long-dash": [8, 3],
};

function dashArray(stroke: Stroke): number[] {
  return dashPatterns[stroke.dash].map((length) => length * stroke.width);
}

/** The six capital letters that name a font subset ("ABCDEF+NotoSans-Regular"), so readers know it is partial. */
function subsetTag(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) =>
    String.fromCharCode(65 + (byte % 26)),
  ).join("");
}

async function embedFonts(pdf: PDFDocument, fonts: PdfFonts): Promise<EmbeddedFonts> {
  const parsed = parsedFonts(fonts);
  const embedWeight = async (weight: keyof PdfFonts): Promise<EmbeddedFace> => {
    const embedded = await Promise.all(
      fontFamilies.map((family) =>
        pdf.embedFont(fonts[weight][family], {
          subset: true,
          customName: `${subsetTag()}+${parsed[weight][family].postscriptName}`,
        }),
      ),
    );
    return eachFamily((family) => embedded[fontFamilies.indexOf(family)] as PDFFont);
  };
  return { regular: await embedWeight("regular"), bold: await embedWeight("bold") };
}

type PageContext = { pdf: PDFDocument; page: PDFPage; fonts: PdfFonts; embedded: EmbeddedFonts };

/** Draws the box's lines top to bottom; a line that would cross the box's bottom is not drawn. */
function drawText({ pdf, page, fonts, embedded }: PageContext, element: TextElement): void {
  const pageHeight = page.getHeight();
  const { box, size } = element;
  const { color, alpha } = pdfColor(element.color);
  const lineAdvance = size * element.lineHeight;
  // Half-leading above and below the font's ascent-to-descent height, as CSS places a line's text.
  const { sans } = parsedFonts(fonts).regular;
  const ascent = (sans.ascent / sans.unitsPerEm) * size;
  const contentHeight = ((sans.ascent - sans.descent) / sans.unitsPerEm) * size;
  const baselineOffset = (lineAdvance - contentHeight) / 2 + ascent;
  const measure = measurePdfText(fonts);
  let top = box.y;
  for (const paragraph of element.paragraphs) {
    for (const line of wrapParagraph(paragraph, box.width, size, measure)) {
      if (top + lineAdvance > box.y + box.height + 0.5) return;
      const baseline = pageHeight - (top + baselineOffset);
      let x = box.x;
      for (const piece of line.pieces) {
        const start = x;
        for (const span of measuredSpans(fonts, piece.text, size, piece.bold)) {
          const font = (piece.bold ? embedded.bold : embedded.regular)[span.family];
          page.drawText(span.text, { x, y: baseline, size, font, color, opacity: alpha });
          x += span.width;
        }
        if (piece.link)
          addLink(pdf, page, [start, pageHeight - top - lineAdvance, x, pageHeight - top], piece.link);
      }
      top += lineAdvance;
    }
    top += element.paragraphGap;
  }
}

async function drawImage({ pdf, page }: PageContext, element: ImageElement): Promise<void> {
  const name = page.node.newXObject("Image", await embedPng(pdf, element.png));
  const { box } = element;
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(box.width, 0, 0, box.height, box.x, page.getHeight() - box.y - box.height),
    drawObject(name),
    popGraphicsState(),
  );
}

function drawLine({ page }: PageContext, element: LineElement): void {
  const { stroke } = element;
  const { color, alpha } = pdfColor(stroke.color);
  const height = page.getHeight();
  page.drawLine({
    start: { x: element.from[0], y: height - element.from[1] },
    end: { x: element.to[0], y: height - element.to[1] },
    thickness: stroke.width,
    color,
    opacity: stroke.opacity * alpha,
    dashArray: dashArray(stroke),
    lineCap: LineCapStyle.Butt,
  });
}

function drawShape({ page }: PageContext, element: ShapeElement): void {
  const { box, fill, stroke } = element;
  const fillColor = fill ? pdfColor(fill.color) : undefined;
  const strokeColor = stroke ? pdfColor(stroke.color) : undefined;
  const paint = {
    color: fillColor?.color,
    opacity: fill && fillColor ? fill.opacity * fillColor.alpha : undefined,
    borderColor: strokeColor?.color,
    borderWidth: stroke ? stroke.width : 0,
    borderOpacity: stroke && strokeColor ? stroke.opacity * strokeColor.alpha : undefined,
    borderDashArray: stroke ? dashArray(stroke) : undefined,
  };
  const bottom = page.getHeight() - box.y - box.height;
  if (element.kind === "rect") {
    page.drawRectangle({ x: box.x, y: bottom, width: box.width, height: box.height, ...paint });
  } else {
    page.drawEllipse({
      x: box.x + box.width / 2,
      y: bottom + box.height / 2,
      xScale: box.width / 2,
      yScale: box.height / 2,
      ...paint,
    });
  }
}

function setProperties(pdf: PDFDocument, properties: PagedDocument["properties"]): void {
  const created = new Date(properties.created);
  pdf.setTitle(properties.title, { showInWindowTitleBar: true });
  pdf.setSubject(properties.subject);
  pdf.setAuthor(properties.author);
  pdf.setKeywords(properties.keywords);
  pdf.setCreator(creator);
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);
  setInfoEntry(pdf, "Provenance", properties.provenance);
}

export async function writePdf(document: PagedDocument, fonts: PdfFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const embedded = await embedFonts(pdf, fonts);
  const bookmarks: { label: string; page: PDFPage }[] = [];
  for (const content of document.pages) {
    const page = pdf.addPage([document.size.width, document.size.height]);
    const context: PageContext = { pdf, page, fonts, embedded };
    for (const element of content.elements) {
      if (element.kind === "text") drawText(context, element);
      else if (element.kind === "image") await drawImage(context, element);
      else if (element.kind === "line") drawLine(context, element);
      else drawShape(context, element);
    }
    bookmarks.push({ label: content.label, page });
  }
  setProperties(pdf, document.properties);
  addOutline(pdf, bookmarks);
  return pdf.save();
}
