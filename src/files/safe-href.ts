/**
 * The only way a URL from data becomes a link: parsed, then http: or https: only. Parsing first catches
 * `JaVaScRiPt:`, leading whitespace and control characters; React alone would still render `data:` links.
 */
export function safeHref(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
