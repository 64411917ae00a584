import type { UserFeature } from "../data/index.ts";

/** How many features go into one string before it joins the Blob: bounded memory for 100,000 features. */
const featuresPerChunk = 1000;

/**
 * The features of a layer as the comma-separated body of a FeatureCollection's "features" array, as a Blob. The
 * import's own `unsourced` mark is removed, so that a download imports again as it was; `layer` (a GeoJSON
 * foreign member) says where each feature came from when several layers share one file.
 */
export function featuresBlob(features: readonly unknown[], layer?: string): Blob {
  const chunks: string[] = [];
  for (let start = 0; start < features.length; start += featuresPerChunk) {
    const texts = features.slice(start, start + featuresPerChunk).map((feature) => {
      const { properties, ...rest } = feature as UserFeature;
      const { unsourced: _mark, ...own } = properties ?? {};
      return JSON.stringify({ ...rest, ...(layer ? { layer } : {}), properties: own });
    });
    chunks.push(start === 0 ? texts.join(",") : `,${texts.join(",")}`);
  }
  return new Blob(chunks, { type: "application/geo+json" });
}

/** One FeatureCollection from the bodies of several: no part is parsed or copied again. */
export function collectionBlob(parts: readonly Blob[]): Blob {
  const pieces: BlobPart[] = ['{"type":"FeatureCollection","features":['];
  parts
    .filter((part) => part.size > 0)
    .forEach((part, index) => {
      if (index > 0) pieces.push(",");
      pieces.push(part);
    });
  pieces.push("]}\n");
  return new Blob(pieces, { type: "application/geo+json" });
}
