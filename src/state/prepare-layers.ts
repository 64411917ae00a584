import { bbox, length } from "@turf/turf";
import type { Feature, FeatureCollection } from "geojson";
import {
  type Citation,
  type DataFeature,
  type Dataset,
  isPlaceFeature,
  type PlaceFeature,
  type Publication,
  periodEndMs,
  periodStartMs,
  type ReportedVolume,
  type RouteFeature,
} from "../data/index.ts";
import { confidenceEncoding } from "../symbology/encodings.ts";
import { openRange } from "../symbology/filter-expression.ts";
import { isShortLine } from "../symbology/short-line.ts";
import type { IsoDate } from "./app-state.ts";
import type { CitationRecord, FeatureRecord } from "./feature-record.ts";
import type { PreparedLayer } from "./prepared-layer.ts";

type PublicationLookup = (id: string) => Publication | undefined;

export function citationRecord(citation: Citation, publication: PublicationLookup): CitationRecord {
  const found = publication(citation.publication);
  const extra = {
    ...(citation.claimant ? { claimant: citation.claimant } : {}),
    ...(citation.quote ? { quote: citation.quote } : {}),
    ...(citation.note ? { note: citation.note } : {}),
  };
  if (!found) {
    return {
      publicationId: citation.publication,
      resolved: false,
      publisher: "Unknown publication",
      title: "",
      published: "",
      ...extra,
    };
  }
  return {
    publicationId: found.id,
    resolved: true,
    publisher: found.publisher,
    title: found.title,
    published: found.published,
    reliability: found.reliability,
    kind: found.kind,
    ...(found.author ? { author: found.author } : {}),
    ...(found.url ? { url: found.url } : {}),
    ...extra,
  };
}

const qualifierText: Record<NonNullable<ReportedVolume["qualifier"]>, string> = {
  about: "about ",
  "more-than": "more than ",
  "at-least": "at least ",
  "up-to": "up to ",
  "could-exceed": "could exceed ",
};

function amountText(amount: ReportedVolume["amount"]): string {
  const format = (value: number) => value.toLocaleString("en-GB");
  return typeof amount === "number" ? format(amount) : `${format(amount.min)}–${format(amount.max)}`;
}

export function volumeText(volume: ReportedVolume, publication: PublicationLookup): string {
  const source = publication(volume.publication)?.publisher ?? volume.publication;
  const who = volume.claimant ? `${volume.claimant}, ${source}` : source;
  return `${volume.qualifier ? qualifierText[volume.qualifier] : ""}${amountText(volume.amount)} ${volume.unit} (${who})`;
}

function largestAmount(amount: ReportedVolume["amount"]): number {
  return typeof amount === "number" ? amount : amount.max;
}

/** 0–1 per unit: the largest figure of a unit across the data gets the widest line. */
export function volumeScales(features: RouteFeature[]): Map<string, number> {
  const largestByUnit = new Map<string, number>();
  for (const feature of features) {
    for (const volume of feature.properties.volume ?? []) {
      const value = Math.log10(1 + largestAmount(volume.amount));
      largestByUnit.set(volume.unit, Math.max(largestByUnit.get(volume.unit) ?? 0, value));
    }
  }
  const scales = new Map<string, number>();
  for (const feature of features) {
    const scale = Math.max(
      0,
      ...(feature.properties.volume ?? []).map(
        (volume) => Math.log10(1 + largestAmount(volume.amount)) / (largestByUnit.get(volume.unit) || 1),
      ),
    );
    scales.set(feature.properties.id, scale);
  }
  return scales;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function dateLabel(date: string): string {
  const [year, month, day] = date.split("-");
  if (!month) return year ?? date;
  const name = monthNames[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

export function routeMapFeature(feature: RouteFeature, volumeScale: number): Feature {
  const { properties } = feature;
  return {
    type: "Feature",
    geometry: feature.geometry as Feature["geometry"],
    properties: {
      id: properties.id,
      title: properties.title,
      confidence: properties.confidence,
      confidence_rank: confidenceEncoding[properties.confidence].rank,
      geometry_precision: properties.geometry_precision,
      // The style rings a flow's line at small scales when it is too short to see there.
      ...(feature.geometry.type === "LineString" && isShortLine(feature.geometry.coordinates)
        ? { short_line: true }
        : {}),
      status: properties.status,
      start_ms: periodStartMs(properties.period),
      end_ms: periodEndMs(properties.period) ?? openRange.end,
      volume_scale: volumeScale,
      date_label: dateLabel(properties.period.start),
      short_label: `${dateLabel(properties.period.start)} · ${properties.title}`,
      label: properties.title,
    },
  };
}

function placeMapFeature(feature: PlaceFeature): Feature {
  const { properties } = feature;
  const native = [properties.name_ko, properties.name_ru].filter(Boolean).join(" · ");
  return {
    type: "Feature",
    geometry: feature.geometry as Feature["geometry"],
    properties: {
      id: properties.id,
      title: properties.name,
      name: properties.name,
      rank: properties.rank,
      place_kind: properties.place_kind,
      geometry_precision: properties.geometry_precision,
      ...(native ? { native_name: native } : {}),
    },
  };
}

export function boundsOf(feature: DataFeature | Feature): [number, number, number, number] {
  const [west, south, east, north] = bbox(feature as Feature);
  return [west, south, east, north];
}

export function routeRecord(
  feature: RouteFeature,
  layer: { id: string; title: string; color: string },
  publication: PublicationLookup,
): FeatureRecord {
  const { properties } = feature;
  const isLine = feature.geometry.type === "LineString" || feature.geometry.type === "MultiLineString";
  const discrepancies = (properties.discrepancies ?? []).map(
    (item) => `${publication(item.publication)?.publisher ?? item.publication}: ${item.note}`,
  );
  return {
    id: properties.id,
    layerId: layer.id,
    layerTitle: layer.title,
    color: layer.color,
    title: properties.title,
    claim: properties.claim,
    status: properties.status,
    confidence: properties.confidence,
    confidenceNote: properties.confidence_note,
    period: properties.period,
    startMs: periodStartMs(properties.period),
    geometryPrecision: properties.geometry_precision,
    ...(properties.location_note ? { locationNote: properties.location_note } : {}),
    ...(properties.volume
      ? { volume: properties.volume.map((volume) => volumeText(volume, publication)).join("; ") }
      : {}),
    ...(isLine ? { lengthKm: length(feature as Feature, { units: "kilometers" }) } : {}),
    denials: (properties.denied_by ?? []).map((denial) => ({
      who: denial.who,
      date: denial.date,
      ...(denial.statement ? { text: denial.statement } : {}),
      citations: denial.citations.map((citation) => citationRecord(citation, publication)),
    })),
    citations: properties.citations.map((citation) => citationRecord(citation, publication)),
    notes: [...discrepancies.map((text) => `Differs: ${text}`), ...(properties.notes ?? [])],
    unsourced: false,
    bounds: boundsOf(feature),
  };
}

function placeRecord(
  feature: PlaceFeature,
  layer: { id: string; title: string; color: string },
  publication: PublicationLookup,
): FeatureRecord {
  const { properties } = feature;
  const native = [properties.name_ko, properties.name_ru].filter(Boolean).join(" · ");
  return {
    id: properties.id,
    layerId: layer.id,
    layerTitle: layer.title,
    color: layer.color,
    title: native ? `${properties.name} (${native})` : properties.name,
    claim: properties.role ?? `${properties.place_kind} (${properties.country})`,
    geometryPrecision: properties.geometry_precision,
    ...(properties.location_note ? { locationNote: properties.location_note } : {}),
    denials: [],
    citations: (properties.citations ?? []).map((citation) => citationRecord(citation, publication)),
    notes: properties.notes ?? [],
    unsourced: false,
    bounds: boundsOf(feature),
  };
}

/** Map-ready GeoJSON (numeric dates, ranks, volume scale) and the panel's records for every layer. */
export function prepareLayers(dataset: Dataset): {
  layers: PreparedLayer[];
  dateBounds: { min: IsoDate; max: IsoDate };
} {
  const publication: PublicationLookup = (id) => dataset.publications.get(id);
  const routeFeatures = dataset.layers.flatMap((layer) =>
    layer.collection.features.filter((feature): feature is RouteFeature => !isPlaceFeature(feature)),
  );
  const scales = volumeScales(routeFeatures);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const layers = dataset.layers.map(({ entry, collection }): PreparedLayer => {
    const features: Feature[] = [];
    const records: FeatureRecord[] = [];
    for (const feature of collection.features) {
      if (isPlaceFeature(feature)) {
        features.push(placeMapFeature(feature));
        records.push(placeRecord(feature, entry, publication));
      } else {
        features.push(routeMapFeature(feature, scales.get(feature.properties.id) ?? 0));
        records.push(routeRecord(feature, entry, publication));
        min = Math.min(min, periodStartMs(feature.properties.period));
        max = Math.max(
          max,
          periodEndMs(feature.properties.period) ?? periodStartMs(feature.properties.period),
        );
      }
    }
    const prepared: FeatureCollection = { type: "FeatureCollection", features };
    return {
      id: entry.id,
      title: entry.title,
      description: entry.description,
      group: entry.group,
      color: entry.color,
      kind: entry.kind,
      defaultVisible: entry.visible,
      order: entry.order,
      collection: prepared,
      records,
      fileName: entry.file,
    };
  });
  const iso = (value: number) => new Date(value).toISOString().slice(0, 10);
  const today = Date.now();
  return {
    layers: layers.sort((a, b) => a.order - b.order),
    dateBounds: Number.isFinite(min)
      ? { min: iso(min), max: iso(Math.min(max, today)) }
      : { min: iso(today), max: iso(today) },
  };
}
