import type { ExportFeature, ExportLayer, PublicationIndex } from "./export-layer.ts";
import { claimantsOf, periodText, sourcesOf, titleOf } from "./sourcing-text.ts";
import { type WktGeometry, writeWkt } from "./wkt.ts";

export const csvColumns = [
  "layer",
  "id",
  "title",
  "claim",
  "status",
  "confidence",
  "claimant",
  "publications",
  "first_date",
  "last_date",
  "precision",
  "wkt",
] as const;

/**
 * A cell as Excel and LibreOffice will read it: quoted when needed, and a cell that would start a formula
 * (= + - @, or a tab or carriage return before one) gets a leading apostrophe, so it is shown, never evaluated.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}

function row(layer: string, feature: ExportFeature, publications: PublicationIndex): string[] {
  const properties = feature.properties ?? {};
  const period = periodText(properties.period);
  const sources = sourcesOf(properties, publications).map((source) =>
    source.url ? `${source.text} <${source.url}>` : source.text,
  );
  return [
    layer,
    text(properties.id),
    titleOf(properties),
    text(properties.claim),
    text(properties.status),
    text(properties.confidence),
    claimantsOf(properties).join("; "),
    sources.join(" | "),
    period.start ?? "",
    period.end ?? "",
    text(properties.geometry_precision),
    feature.geometry ? writeWkt(feature.geometry as WktGeometry) : "",
  ];
}

/** Layers as one CSV: a row per feature with its sourcing and a WKT geometry column (UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8). */
export function csvDocument(layers: readonly ExportLayer[], publications: PublicationIndex): string {
  const lines = [csvColumns.join(",")];
  for (const layer of layers) {
    for (const feature of layer.features)
      lines.push(row(layer.title, feature, publications).map(csvCell).join(","));
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
