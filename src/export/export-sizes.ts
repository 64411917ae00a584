/** Preset output sizes in pixels at 1×; the scale factor multiplies them for crisp text. */
export const exportPresets = [
  { id: "slide-16-9", label: "16:9 slide — 1920 × 1080", width: 1920, height: 1080 },
  { id: "slide-4-3", label: "4:3 — 1600 × 1200", width: 1600, height: 1200 },
  { id: "a4-landscape", label: "A4 landscape, 300 dpi — 3508 × 2480", width: 3508, height: 2480 },
] as const;

export type ExportPresetId = (typeof exportPresets)[number]["id"] | "custom";

export const customLimits = { min: 320, max: 8192 } as const;

export type ExportSize = {
  /** Layout size: where things go, in CSS pixels. */
  width: number;
  height: number;
  /** The pixel ratio the picture is drawn at; the file is width × scale by height × scale. */
  scale: number;
  /** Set when the requested scale did not fit the browser's limits and was lowered. */
  clampedFrom?: number;
  message?: string;
};

/**
 * Lowers the scale until the picture fits the browser's limits: each side within the largest WebGL texture
 * and canvas side, and the area within what Chromium will allocate for a 2D canvas. Never silently: the
 * returned message says what happened.
 */
export function fitExportSize(
  requested: { width: number; height: number; scale: number },
  limits: { maxSide: number; maxArea: number },
): ExportSize {
  const width = Math.round(requested.width);
  const height = Math.round(requested.height);
  const sideScale = limits.maxSide / Math.max(width, height);
  const areaScale = Math.sqrt(limits.maxArea / (width * height));
  const largest = Math.min(sideScale, areaScale);
  if (requested.scale <= largest) return { width, height, scale: requested.scale };
  if (largest < 1) {
    throw new Error(
      `A ${width} × ${height} picture is larger than this browser can draw (at most ${limits.maxSide} pixels a side). Choose a smaller size.`,
    );
  }
  const scale = Math.floor(largest * 100) / 100;
  return {
    width,
    height,
    scale,
    clampedFrom: requested.scale,
    message: `${requested.scale}× would make a ${width * requested.scale} × ${height * requested.scale} picture, more than this browser can draw (at most ${limits.maxSide} pixels a side); exported at ${scale}× (${Math.round(width * scale)} × ${Math.round(height * scale)}) instead.`,
  };
}
