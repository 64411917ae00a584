import { type RGB, rgb } from "@cantoo/pdf-lib";

export type PdfColor = { color: RGB; alpha: number };

/** "#rgb", "#rrggbb", "#rrggbbaa", "rgb(…)" or "rgba(…)" as the layout writes colours. */
export function pdfColor(css: string): PdfColor {
  const value = css.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value)?.[1];
  if (hex) {
    const digits = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
    const channel = (index: number) => Number.parseInt(digits.slice(index * 2, index * 2 + 2), 16) / 255;
    return { color: rgb(channel(0), channel(1), channel(2)), alpha: digits.length === 8 ? channel(3) : 1 };
  }
  const functional = /^rgba?\(([^)]*)\)$/i.exec(value)?.[1];
  if (functional) {
    const [red = 0, green = 0, blue = 0, alpha = 1] = functional
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map((part) => Number.parseFloat(part));
    return { color: rgb(red / 255, green / 255, blue / 255), alpha };
  }
  throw new Error(`Unsupported colour for the PDF: ${css}`);
}
