import { readFileSync } from "node:fs";

export type ManifestLayer = { id: string; title: string; visible: boolean; kind: string; group: string };

/** The shipped layer manifest, read from the repository the app was built from. */
export function manifestLayers(): ManifestLayer[] {
  const manifest = JSON.parse(readFileSync("geojson/layers.json", "utf8")) as { layers: ManifestLayer[] };
  return manifest.layers;
}
