import type { FeatureCollection } from "geojson";
import type { LayerKind } from "../symbology/data-layers.ts";
import type { FeatureRecord } from "./feature-record.ts";

/** A layer as the app uses it: its manifest entry, map-ready GeoJSON and the panel's records. */
export type PreparedLayer = {
  id: string;
  title: string;
  description: string;
  group: string;
  color: string;
  kind: LayerKind;
  defaultVisible: boolean;
  order: number;
  /** Features with the numeric properties the style reads (start_ms, end_ms, confidence_rank, …). */
  collection: FeatureCollection;
  records: FeatureRecord[];
  imported?: boolean;
};
