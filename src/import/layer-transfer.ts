import type { Feature, FeatureCollection, Geometry } from "geojson";
import { featureCollectionBlob, jsonItemsBlob } from "../files/json-blob.ts";
import type { FeatureRecord } from "../state/feature-record.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";

/*
 * How a prepared layer crosses from the import worker to the page without freezing it. Copying 100,000 features
 * in one message costs the page seconds; instead the geometry goes as one Blob (MapLibre's own worker reads it
 * from a blob: URL) and the rest in parts small enough that the page stays interactive between them.
 */

// 2,000 records took 100–350 ms of the page's time to receive; 500 stay under 100 ms on a slow machine.
export const recordsPerPart = 500;

export type LayerPart = {
  type: "layer-part";
  layerId: string;
  features: Array<Feature<null>>;
  records: FeatureRecord[];
};
export type LayerEnd = { type: "layer-end"; layer: PreparedLayer; mapData: Blob };

/** The map-ready GeoJSON as a Blob, built in chunks so no single string holds all of it. */
function mapDataBlob(collection: PreparedLayer["collection"]): Blob {
  return featureCollectionBlob([jsonItemsBlob(collection.features)]);
}

/** Worker side: the messages that carry one layer, in order; the last is the `layer-end`. */
export function* layerMessages(layer: PreparedLayer): Generator<LayerPart | LayerEnd> {
  const { features } = layer.collection;
  for (let start = 0; start < Math.max(features.length, layer.records.length); start += recordsPerPart) {
    yield {
      type: "layer-part",
      layerId: layer.id,
      features: features
        .slice(start, start + recordsPerPart)
        .map((feature) => ({ type: "Feature", geometry: null, properties: feature.properties })),
      records: layer.records.slice(start, start + recordsPerPart),
    };
  }
  const empty: FeatureCollection<Geometry | null> = { type: "FeatureCollection", features: [] };
  yield {
    type: "layer-end",
    layer: { ...layer, collection: empty, records: [] },
    mapData: mapDataBlob(layer.collection),
  };
}

/** Page side: gathers the parts of each layer and hands out the finished layer at its `layer-end`. */
export class LayerAssembler {
  private readonly parts = new Map<string, { features: Array<Feature<null>>; records: FeatureRecord[] }>();
  readonly layers: PreparedLayer[] = [];

  add(message: LayerPart | LayerEnd): void {
    if (message.type === "layer-part") {
      const gathered = this.parts.get(message.layerId) ?? { features: [], records: [] };
      for (const feature of message.features) gathered.features.push(feature);
      for (const record of message.records) gathered.records.push(record);
      this.parts.set(message.layerId, gathered);
      return;
    }
    const gathered = this.parts.get(message.layer.id) ?? { features: [], records: [] };
    this.parts.delete(message.layer.id);
    this.layers.push({
      ...message.layer,
      collection: { type: "FeatureCollection", features: gathered.features },
      records: gathered.records,
      mapData: URL.createObjectURL(message.mapData),
    });
  }

  /** Frees the blob: URLs of layers that will not be used (the job was cancelled or failed). */
  discard(): void {
    for (const layer of this.layers) if (layer.mapData) URL.revokeObjectURL(layer.mapData);
    this.layers.length = 0;
  }
}
