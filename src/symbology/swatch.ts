import { unsourcedColor } from "./encodings.ts";

/**
 * A layer's swatch as the map draws it: its colour; the unsourced grey when every feature is unsourced; both,
 * split diagonally, when only some are (an imported file with and without citations).
 */
export function layerSwatch(color: string, unsourced: number, total: number): string {
  if (unsourced === 0 || total === 0) return color;
  if (unsourced >= total) return unsourcedColor;
  return `linear-gradient(135deg, ${color} 0 50%, ${unsourcedColor} 50% 100%)`;
}

export function layerSwatchTitle(unsourced: number, total: number): string | undefined {
  if (unsourced === 0 || total === 0) return undefined;
  return unsourced >= total
    ? "Drawn grey: no feature of this layer is sourced"
    : `${unsourced.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} features are unsourced and drawn grey`;
}
