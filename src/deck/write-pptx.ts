import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import PptxGenJS from "pptxgenjs";
import type {
  DashStyle,
  DocumentProperties,
  PagedDocument,
  PageElement,
  Stroke,
  TextElement,
} from "./page-elements.ts";

/**
 * The deck's typeface: one every slide program has (Liberation Sans, metric-compatible, where it is missing),
 * so that text set in an editable box breaks where the layout measured it. Hangul falls back to the system's.
 */
export const deckFont = "Arial";

/** pptxgenjs measures in inches; pages are laid out in points. */
const inch = (points: number) => points / 72;

const dashTypes: Record<DashStyle, "solid" | "dash" | "sysDot" | "lgDash"> = {
  solid: "solid",
  dash: "dash",
  dot: "sysDot",
  "long-dash": "lgDash",
};

const roleNames: Record<TextElement["role"], string> = {
  title: "Title",
  subtitle: "Subtitle",
  heading: "Heading",
  body: "Text",
  sources: "Sources",
  caveat: "Caveat",
  small: "Date stamp and attribution",
};

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

function line(stroke: Stroke) {
  return {
    color: hex(stroke.color),
    width: stroke.width,
    dashType: dashTypes[stroke.dash],
    transparency: Math.round((1 - stroke.opacity) * 100),
  };
}

function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** A text element as one editable text box: paragraphs break where the layout's do, runs keep weight and links. */
function addText(slide: PptxGenJS.Slide, element: TextElement): void {
  const runs: PptxGenJS.TextProps[] = element.paragraphs.flatMap((paragraph, index) =>
    paragraph.map((run, runIndex) => ({
      text: run.text,
      options: {
        ...(run.bold ? { bold: true } : {}),
        ...(run.link ? { hyperlink: { url: run.link, tooltip: run.link } } : {}),
        ...(runIndex === paragraph.length - 1 && index < element.paragraphs.length - 1
          ? { breakLine: true }
          : {}),
      },
    })),
  );
  slide.addText(runs, {
    x: inch(element.box.x),
    y: inch(element.box.y),
    w: inch(element.box.width),
    // PowerPoint's line boxes are a little taller than the layout's: room for them, never a clipped line.
    h: inch(element.box.height * 1.08 + element.size * 0.3),
    fontFace: deckFont,
    fontSize: element.size,
    color: hex(element.color),
    valign: "top",
    margin: 0,
    paraSpaceAfter: element.paragraphGap,
    // Exact spacing in points, as the layout measured: a multiple would be of the font's own line height.
    lineSpacing: element.size * element.lineHeight,
    wrap: true,
    fit: "none",
    objectName: roleNames[element.role],
  });
}

function addElement(pptx: PptxGenJS, slide: PptxGenJS.Slide, element: PageElement): void {
  switch (element.kind) {
    case "text":
      addText(slide, element);
      return;
    case "image":
      slide.addImage({
        data: `data:image/png;base64,${base64Of(element.png)}`,
        x: inch(element.box.x),
        y: inch(element.box.y),
        w: inch(element.box.width),
        h: inch(element.box.height),
        altText: element.altText,
        objectName: "Map",
      });
      return;
    case "line": {
      const [x1, y1] = element.from;
      const [x2, y2] = element.to;
      slide.addShape(pptx.ShapeType.line, {
        x: inch(Math.min(x1, x2)),
        y: inch(Math.min(y1, y2)),
        w: inch(Math.abs(x2 - x1)),
        h: inch(Math.abs(y2 - y1)),
        flipV: (y2 - y1) * (x2 - x1) < 0,
        line: line(element.stroke),
      });
      return;
    }
    case "rect":
    case "ellipse":
      slide.addShape(element.kind === "rect" ? pptx.ShapeType.rect : pptx.ShapeType.ellipse, {
        x: inch(element.box.x),
        y: inch(element.box.y),
        w: inch(element.box.width),
        h: inch(element.box.height),
        ...(element.fill
          ? {
              fill: {
                color: hex(element.fill.color),
                transparency: Math.round((1 - element.fill.opacity) * 100),
              },
            }
          : { fill: { type: "none" } }),
        ...(element.stroke ? { line: line(element.stroke) } : { line: { type: "none" } }),
      });
      return;
  }
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** pptxgenjs writes title, subject and author; keywords and the provenance go into the same core properties. */
function withCoreProperties(pptx: Uint8Array, properties: DocumentProperties): Uint8Array {
  const files = unzipSync(pptx);
  const core = files["docProps/core.xml"];
  if (!core) return pptx;
  const extra = `<cp:keywords>${escapeXml(properties.keywords.join("; "))}</cp:keywords><dc:description>${escapeXml(properties.provenance)}</dc:description>`;
  files["docProps/core.xml"] = strToU8(
    strFromU8(core).replace("</cp:coreProperties>", `${extra}</cp:coreProperties>`),
  );
  return zipSync(files, { level: 6 });
}

/** The deliverable as an editable PowerPoint deck (opens in Keynote, Google Slides and LibreOffice Impress too). */
export async function writePptx(document: PagedDocument): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({
    name: "DELIVERABLE",
    width: inch(document.size.width),
    height: inch(document.size.height),
  });
  pptx.layout = "DELIVERABLE";
  pptx.title = document.properties.title;
  pptx.subject = document.properties.subject;
  pptx.author = document.properties.author;
  pptx.company = document.properties.author;
  pptx.theme = { headFontFace: deckFont, bodyFontFace: deckFont };
  for (const page of document.pages) {
    const slide = pptx.addSlide();
    for (const element of page.elements) addElement(pptx, slide, element);
    slide.addNotes(page.notes);
  }
  const written = (await pptx.write({ outputType: "uint8array", compression: true })) as Uint8Array;
  return new Blob([withCoreProperties(written, document.properties) as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  });
}
