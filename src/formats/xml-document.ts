import { DOMParser } from "@xmldom/xmldom";

/** What the readers use of a parsed XML document (xmldom's, in the worker, which has no DOMParser). */
export type XmlDocument = ReturnType<DOMParser["parseFromString"]>;

/**
 * Entity declarations are refused before parsing: nothing this app reads needs them, and they are how an XML
 * file expands to gigabytes ("billion laughs") or names an external file. xmldom does not expand declared
 * entities nor fetch external ones; refusing them says so to the user instead of importing a half-read file.
 */
function declarationProblem(text: string): string | null {
  // Only the prolog, before the root element, may declare anything; a description quoting "<!ENTITY" may not.
  const rootStart = text.search(/<[A-Za-z_]/);
  const prolog = rootStart < 0 ? text : text.slice(0, rootStart);
  const doctype = /<!DOCTYPE/i.exec(prolog);
  if (!doctype) return null;
  const rest = prolog.slice(doctype.index);
  if (/<!ENTITY/i.test(rest))
    return "declares XML entities (<!ENTITY>); expected KML or GPX without a document type declaration — entity declarations can expand a small file to gigabytes, so it was not read";
  if (/\bSYSTEM\b|\bPUBLIC\b/.test(rest.slice(0, rest.indexOf(">") + 1)))
    return "names an external document type (<!DOCTYPE … SYSTEM>); expected KML or GPX without one — it was not read";
  return null;
}

/** The document, or why the text is not well-formed XML (first error, with xmldom's line and column). */
export function parseXml(text: string): XmlDocument | { problem: string } {
  const declared = declarationProblem(text);
  if (declared) return { problem: declared };
  let firstError: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning" && firstError === null) firstError = message;
    },
  });
  try {
    const document = parser.parseFromString(text, "text/xml");
    if (firstError !== null) return { problem: `is not well-formed XML: ${firstError}` };
    return document;
  } catch (error) {
    return { problem: `is not well-formed XML: ${error instanceof Error ? error.message : String(error)}` };
  }
}
