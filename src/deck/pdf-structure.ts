/** PDF objects pdf-lib has no drawing call for: link annotations, the outline and a custom info entry. */
import {
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFPage,
  type PDFRef,
  PDFString,
} from "@cantoo/pdf-lib";

/** A clickable area (PDF coordinates: origin bottom-left) that opens `url`. */
export function addLink(
  document: PDFDocument,
  page: PDFPage,
  rect: [number, number, number, number],
  url: string,
): void {
  const annotation = document.context.obj({
    Type: "Annot",
    Subtype: "Link",
    Rect: rect,
    Border: [0, 0, 0],
    // URIs are 7-bit ASCII in a PDF: URL's href percent-encodes the path and punycodes the host.
    A: { Type: "Action", S: "URI", URI: PDFString.of(new URL(url).href) },
  });
  page.node.addAnnot(document.context.register(annotation));
}

/** One bookmark per page, titled with its label, shown when the PDF opens. */
export function addOutline(document: PDFDocument, entries: { label: string; page: PDFPage }[]): void {
  if (entries.length === 0) return;
  const { context } = document;
  const outlineRef = context.nextRef();
  const itemRefs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, index) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.label),
      Parent: outlineRef,
      Dest: [entry.page.ref, "Fit"],
    });
    const previous = itemRefs[index - 1];
    const next = itemRefs[index + 1];
    if (previous) item.set(PDFName.of("Prev"), previous);
    if (next) item.set(PDFName.of("Next"), next);
    context.assign(itemRefs[index] as PDFRef, item);
  });
  context.assign(
    outlineRef,
    context.obj({
      Type: "Outlines",
      First: itemRefs[0] as PDFRef,
      Last: itemRefs.at(-1) as PDFRef,
      Count: entries.length,
    }),
  );
  document.catalog.set(PDFName.of("Outlines"), outlineRef);
  document.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** An entry of the document information dictionary beyond the standard ones. */
export function setInfoEntry(document: PDFDocument, key: string, value: string): void {
  const info = document.context.lookup(document.context.trailerInfo.Info);
  if (!info || !("set" in info)) throw new Error("The PDF has no information dictionary");
  (info as { set(key: PDFName, value: PDFHexString): void }).set(
    PDFName.of(key),
    PDFHexString.fromText(value),
  );
}
