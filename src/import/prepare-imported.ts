import type { Feature, FeatureCollection } from "geojson";
import {
  HttpUrl,
  Period,
  type Publication,
  periodEndMs,
  periodStartMs,
  type RouteFeature,
  RouteProperties,
  type UserFeature,
} from "../data/index.ts";
import { boundsOf, routeMapFeature, routeRecord, volumeScales } from "../prepare/prepare-layers.ts";
import type { FeatureRecord } from "../state/feature-record.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import type { LayerKind } from "../symbology/data-layers.ts";
import { unsourcedColor } from "../symbology/encodings.ts";
import { openRange } from "../symbology/filter-expression.ts";
import { type ImportedLayerMeta, importedFeatureId } from "./imported-layer.ts";

/** Caps on what is shown of a file's own text: a 10,000-character title must not swamp the list or the map. */
export const displayLimits = { title: 200, claim: 1000, propertyText: 500, properties: 50 } as const;

function capped(text: string, maximum: number): string {
  return text.length <= maximum
    ? text
    : `${text.slice(0, maximum - 1)}… (${text.length.toLocaleString("en-GB")} characters)`;
}

function firstText(properties: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = properties[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return undefined;
}

function propertyText(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? String(value);
}

function fileProperties(properties: Record<string, unknown>): NonNullable<FeatureRecord["fileProperties"]> {
  const names = Object.keys(properties).filter((name) => name !== "unsourced");
  const rows = names.slice(0, displayLimits.properties).map((name) => {
    const value = properties[name];
    const text = capped(propertyText(value), displayLimits.propertyText);
    const link = typeof value === "string" && /^https?:\/\//i.test(value) && HttpUrl.safeParse(value).success;
    return link ? { name, text, href: value } : { name, text };
  });
  const more = names.length - rows.length;
  if (more > 0)
    rows.push({ name: "…", text: `and ${more} more properties (in the file, and in its download)` });
  return rows;
}

/** Lines that jump more than 180° of longitude are unwrapped (179 → 181) so they take the short way round. */
function unwrapLine(line: number[][]): number[][] {
  let shift = 0;
  let previous: number | undefined;
  const result: number[][] = [];
  for (const position of line) {
    const [longitude = 0, ...rest] = position;
    if (previous !== undefined) {
      if (longitude + shift - previous > 180) shift -= 360;
      else if (longitude + shift - previous < -180) shift += 360;
    }
    previous = longitude + shift;
    result.push(shift === 0 ? position : [longitude + shift, ...rest]);
  }
  return result;
}

function drawnGeometry(geometry: UserFeature["geometry"]): Feature["geometry"] {
  if (geometry.type === "LineString")
    return { type: "LineString", coordinates: unwrapLine(geometry.coordinates) };
  if (geometry.type === "MultiLineString")
    return { type: "MultiLineString", coordinates: geometry.coordinates.map(unwrapLine) };
  return geometry as Feature["geometry"];
}

const kindByGeometry: Record<UserFeature["geometry"]["type"], LayerKind> = {
  Point: "events",
  MultiPoint: "events",
  LineString: "routes",
  MultiLineString: "routes",
  Polygon: "areas",
  MultiPolygon: "areas",
};

/** The legend shows one sample per layer: the kind most of the file's features are. */
function dominantKind(features: readonly UserFeature[]): LayerKind {
  const counts = new Map<LayerKind, number>();
  for (const feature of features) {
    const kind = kindByGeometry[feature.geometry.type];
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "events";
}

type LayerIdentity = { id: string; title: string; color: string };

function unsourcedFeature(feature: UserFeature, index: number, layer: LayerIdentity) {
  const { properties } = feature;
  const id = importedFeatureId(layer.id, index);
  const title = capped(
    firstText(properties, ["title", "name", "label"]) ?? `${layer.title}, feature ${index + 1}`,
    displayLimits.title,
  );
  const claim = capped(
    firstText(properties, ["claim", "description"]) ??
      "The file states no claim, and no publication is cited.",
    displayLimits.claim,
  );
  const period = Period.safeParse(properties.period);
  const precision = firstText(properties, ["geometry_precision"]);
  const knownPrecision = precision === "exact" || precision === "approximate" || precision === "schematic";
  const startMs = period.success ? periodStartMs(period.data) : undefined;
  const mapFeature: Feature = {
    type: "Feature",
    geometry: drawnGeometry(feature.geometry),
    properties: {
      id,
      title,
      label: title,
      unsourced: true,
      confidence_rank: 0,
      ...(period.success ? { start_ms: startMs, end_ms: periodEndMs(period.data) ?? openRange.end } : {}),
      ...(knownPrecision ? { geometry_precision: precision } : {}),
    },
  };
  const record: FeatureRecord = {
    id,
    layerId: layer.id,
    layerTitle: layer.title,
    // Drawn grey on the map (symbology), so grey in the list, the picker and the sourcing panel too.
    color: unsourcedColor,
    title,
    claim,
    ...(period.success ? { period: period.data, startMs } : {}),
    ...(knownPrecision ? { geometryPrecision: precision } : {}),
    figures: [],
    responses: [],
    citations: [],
    notes: [],
    unsourced: true,
    fileProperties: fileProperties(properties),
    bounds: boundsOf(feature as Feature),
  };
  return { mapFeature, record };
}

function sourcedFeature(
  route: RouteFeature,
  index: number,
  layer: LayerIdentity,
  scale: number,
  publications: ReadonlyMap<string, Publication>,
) {
  const id = importedFeatureId(layer.id, index);
  const mapFeature = routeMapFeature(route, scale);
  mapFeature.geometry = drawnGeometry(route.geometry as UserFeature["geometry"]);
  mapFeature.properties = { ...mapFeature.properties, id, unsourced: false };
  const record = { ...routeRecord(route, layer, (key) => publications.get(key)), id };
  return { mapFeature, record };
}

/** A sourced feature's properties passed the schema when it was imported; parsed again here for their type. */
function asRoute(feature: UserFeature): RouteFeature | null {
  const { unsourced, ...properties } = feature.properties;
  if (unsourced) return null;
  const parsed = RouteProperties.safeParse(properties);
  return parsed.success ? ({ ...feature, properties: parsed.data } as RouteFeature) : null;
}

/** An imported file as the app draws and lists it, like a bundled layer, in the group "imported". */
export function prepareImported(
  meta: ImportedLayerMeta,
  collection: { features: readonly UserFeature[] },
  publications: ReadonlyMap<string, Publication>,
): PreparedLayer {
  const routes = collection.features.map(asRoute);
  const scales = volumeScales(
    routes.filter((route): route is RouteFeature => route !== null),
    (key) => publications.get(key),
  );
  const features: Feature[] = [];
  const records: FeatureRecord[] = [];
  for (const [index, feature] of collection.features.entries()) {
    const route = routes[index];
    const prepared = route
      ? sourcedFeature(route, index, meta, scales.get(route.properties.id) ?? 0, publications)
      : unsourcedFeature(feature, index, meta);
    features.push(prepared.mapFeature);
    records.push(prepared.record);
  }
  const { total, imported, unsourced } = meta.summary;
  const mapCollection: FeatureCollection = { type: "FeatureCollection", features };
  return {
    id: meta.id,
    title: meta.title,
    description: `Imported from ${meta.fileName}: ${imported} of ${total} features, ${unsourced} unsourced.`,
    group: "imported",
    color: meta.color,
    kind: dominantKind(collection.features),
    defaultVisible: true,
    order: meta.importedAt,
    collection: mapCollection,
    records,
    imported: true,
  };
}

/**
 * One feature's panel record, as an imported file's feature would have it: sourced when its properties pass the
 * schema, else unsourced with its own properties listed. For features that are not in a prepared layer (a
 * vector-tile feature picked on the map); `index` makes its id and, when it has no title, its title.
 */
export function importedFeatureRecord(
  feature: UserFeature,
  index: number,
  layer: LayerIdentity,
  publications: ReadonlyMap<string, Publication>,
): FeatureRecord {
  const route = asRoute(feature);
  return route
    ? sourcedFeature(route, index, layer, 0, publications).record
    : unsourcedFeature(feature, index, layer).record;
}
