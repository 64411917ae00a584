/**
 * A deliverable (slide deck or PDF) as positioned elements on pages, in points from the page's top-left corner.
 * The layout decides every position once; the deck and PDF writers only draw what it placed, so a slide and a
 * PDF page of the same view show the same things in the same places.
 */
export type Box = { x: number; y: number; width: number; height: number };

/** A run of text within a paragraph; `link` only ever holds a checked http(s) URL. */
export type TextRun = { text: string; bold?: boolean; link?: string };

/** What a text box is for: the deck writer names its shapes after it, so an editor finds "Title", "Sources"… */
export type TextRole = "title" | "subtitle" | "heading" | "body" | "sources" | "caveat" | "small";

export type TextElement = {
  kind: "text";
  role: TextRole;
  box: Box;
  /** Font size in points. */
  size: number;
  color: string;
  paragraphs: TextRun[][];
  /** Extra space after each paragraph, in points. */
  paragraphGap: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
};

export type ImageElement = {
  kind: "image";
  box: Box;
  png: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
  /** The picture's description for screen readers: title and what is shown. */
  altText: string;
};

/** Dash patterns a deck and a PDF can both draw. */
export type DashStyle = "solid" | "dash" | "dot" | "long-dash";

export type Stroke = { color: string; width: number; dash: DashStyle; opacity: number };

export type LineElement = { kind: "line"; from: [number, number]; to: [number, number]; stroke: Stroke };

export type ShapeElement = {
  kind: "rect" | "ellipse";
  box: Box;
  fill?: { color: string; opacity: number };
  stroke?: Stroke;
};

export type PageElement = TextElement | ImageElement | LineElement | ShapeElement;

export type Page = {
  elements: PageElement[];
  /** Speaker notes (deck) / nothing printed (PDF): the page's text, claims and full citations. */
  notes: string;
  /** The page's own title, for the PDF outline and the deck's slide list. */
  label: string;
};

export type PageSize = { id: PageSizeId; label: string; width: number; height: number };
export type PageSizeId = "slide-16-9" | "a4-landscape" | "letter-landscape";

export const pageSizes: readonly PageSize[] = [
  { id: "slide-16-9", label: "16:9 slide (13.33 × 7.5 in)", width: 960, height: 540 },
  { id: "a4-landscape", label: "A4 landscape (297 × 210 mm)", width: 841.89, height: 595.28 },
  { id: "letter-landscape", label: "US Letter landscape (11 × 8.5 in)", width: 792, height: 612 },
];

export type DocumentProperties = {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** ISO date-time of the export. */
  created: string;
  /** What the PNG's metadata carries: view, link, layers, filters, one line each. */
  provenance: string;
};

export type PagedDocument = { size: PageSize; pages: Page[]; properties: DocumentProperties };

/** Measures text as the writer will set it: width in points of `text` at `size` points. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;
