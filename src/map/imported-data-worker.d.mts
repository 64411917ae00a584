/** A FeatureCollection with every feature's properties dropped; anything else as it is. */
export function geometryOnly(data: GeoJSON.GeoJSON): GeoJSON.GeoJSON;

/** The GeoJSON an `imported-data:` URL stands for, read from the blob: URL of `origin`. */
export function readImportedData(url: string, origin: string, signal: AbortSignal): Promise<GeoJSON.GeoJSON>;
