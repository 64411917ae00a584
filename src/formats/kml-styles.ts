import { type ConfidenceLevel, confidenceEncoding, confidenceLevels } from "../symbology/encodings.ts";

/** KML draws no dashes: confidence is shown by width and opacity instead, and the legend says so. */
const kmlConfidenceLook: Record<ConfidenceLevel | "unrated", { width: number; opacity: number }> = {
  high: { width: 4, opacity: 1 },
  moderate: { width: 3, opacity: 0.8 },
  low: { width: 2, opacity: 0.6 },
  unrated: { width: 2, opacity: 0.6 },
};

export function confidenceOf(properties: Record<string, unknown>): ConfidenceLevel | "unrated" {
  const value = properties.confidence;
  return (confidenceLevels as readonly unknown[]).includes(value) ? (value as ConfidenceLevel) : "unrated";
}

/** "#d55e00" and an opacity as KML's aabbggrr. */
export function kmlColour(hex: string, opacity: number): string {
  const rgb = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? "6f6f6f";
  const alpha = Math.round(opacity * 255)
    .toString(16)
    .padStart(2, "0");
  return `${alpha}${rgb.slice(4, 6)}${rgb.slice(2, 4)}${rgb.slice(0, 2)}`.toLowerCase();
}

export function styleId(group: string, confidence: ConfidenceLevel | "unrated"): string {
  return `${group.replace(/[^a-z0-9-]/gi, "-")}-${confidence}`;
}

export function styleXml(id: string, colour: string, confidence: ConfidenceLevel | "unrated"): string {
  const look = kmlConfidenceLook[confidence];
  return [
    `<Style id="${id}">`,
    `<LineStyle><color>${kmlColour(colour, look.opacity)}</color><width>${look.width}</width></LineStyle>`,
    `<PolyStyle><color>${kmlColour(colour, look.opacity * 0.35)}</color></PolyStyle>`,
    `<IconStyle><color>${kmlColour(colour, look.opacity)}</color><scale>${(0.6 + look.width / 10).toFixed(1)}</scale></IconStyle>`,
    "</Style>",
  ].join("");
}

/** The legend folder's text: what width and opacity stand for, and what the app's dashes meant. */
export function legendText(): string {
  const lines = confidenceLevels
    .slice()
    .reverse()
    .map((level) => {
      const look = kmlConfidenceLook[level];
      return `${confidenceEncoding[level].label}: width ${look.width}, opacity ${Math.round(look.opacity * 100)}% (on the app's map: ${confidenceEncoding[level].meaning}).`;
    });
  return [
    "Colour is the kind of flow, as on the app's map. KML has no dashed lines, so confidence is shown by width and opacity instead:",
    ...lines,
    "Features without a confidence are drawn like low confidence.",
  ].join("\n");
}
