import type { FeatureCollection, Geometry } from "geojson";
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
  /**
   * Features with the numeric properties the style reads (start_ms, end_ms, confidence_rank, …). Their geometry
   * is null when `mapData` holds the map's GeoJSON: the page then keeps only what the panels count and list.
   */
  collection: FeatureCollection<Geometry | null>;
  /**
   * A blob: URL of the map-ready GeoJSON, for layers too large to pass through the page (imported files):
   * MapLibre's worker fetches and parses it, so the geometry never reaches the main thread.
   */
  mapData?: string;
  records: FeatureRecord[];
  /** A bundled layer's file in geojson/: GeoJSON export fetches it as it is (imported files stay in IndexedDB). */
  fileName?: string;
  imported?: boolean;
};
