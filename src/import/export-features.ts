import type { UserFeature } from "../data/index.ts";
import { jsonItemsBlob } from "../files/json-blob.ts";

export { featureCollectionBlob as collectionBlob } from "../files/json-blob.ts";

/**
 * The features of a layer as the comma-separated body of a FeatureCollection's "features" array, as a Blob. The
 * import's own `unsourced` mark is removed, so that a download imports again as it was; `layer` (a GeoJSON
 * foreign member) says where each feature came from when several layers share one file.
 */
export function featuresBlob(features: readonly unknown[], layer?: string): Blob {
  return jsonItemsBlob(features, (feature) => {
    const { properties, ...rest } = feature as UserFeature;
    const { unsourced: _mark, ...own } = properties ?? {};
    return JSON.stringify({ ...rest, ...(layer ? { layer } : {}), properties: own });
  });
}
