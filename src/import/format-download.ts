import type { Publication } from "../data/index.ts";
import { downloadBlob } from "../files/download.ts";
import { slugOf } from "../files/slug.ts";
import { csvDocument } from "../formats/csv-write.ts";
import type { ExportFeature, ExportLayer } from "../formats/export-layer.ts";
import { kmlDocument } from "../formats/kml-write.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import { partsOf } from "./geojson-download.ts";

export type DownloadFormat = "kml" | "csv";

const mediaTypes: Record<DownloadFormat, string> = {
  kml: "application/vnd.google-earth.kml+xml",
  csv: "text/csv;charset=utf-8",
};

async function exportLayers(layers: readonly PreparedLayer[]): Promise<ExportLayer[]> {
  const parts = await partsOf(layers, false);
  return Promise.all(
    layers.map(async (layer, index) => ({
      title: layer.title,
      color: layer.color,
      group: layer.group,
      features: JSON.parse(`[${await (parts[index] as Blob).text()}]`) as ExportFeature[],
    })),
  );
}

/**
 * Layers as KML (one Folder each, for Google Earth) or CSV (a row per feature, sourcing and WKT), with every
 * feature's sourcing; one layer is named after it, several after the date.
 */
export async function downloadAs(
  layers: readonly PreparedLayer[],
  format: DownloadFormat,
  publications: readonly Publication[],
  today: string,
): Promise<void> {
  const index = new Map(publications.map((publication) => [publication.id, publication]));
  const exported = await exportLayers(layers);
  const single = layers.length === 1 ? layers[0] : undefined;
  const name = single ? slugOf(single.title, 60) || "layer" : `all-layers-${today}`;
  const text =
    format === "kml"
      ? kmlDocument(single?.title ?? `All layers (${today})`, exported, index)
      : csvDocument(exported, index);
  downloadBlob(new Blob([text], { type: mediaTypes[format] }), `${name}.${format}`);
}
