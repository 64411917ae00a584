import { bbox, length } from "@turf/turf";
import type { Feature, FeatureCollection } from "geojson";
import { dateLabel } from "../data/date-labels.ts";
import {
  type DataFeature,
  type Dataset,
  isoDateEndMs,
  isoDateStartMs,
  isPlaceFeature,
  type PlaceFeature,
  periodEndMs,
  periodStartMs,
  type ReportedFigure,
  type Response,
  type ResponseKind,
  type RouteFeature,
} from "../data/index.ts";
import type { CalendarDay } from "../state/app-state.ts";
import { citationRecord, type PublicationLookup } from "../state/citation-record.ts";
import { publicationTitleText } from "../state/citation-text.ts";
import type { FeatureRecord, FigureRecord, ResponseRecord } from "../state/feature-record.ts";
import type { PreparedLayer } from "../state/prepared-layer.ts";
import { confidenceEncoding, volumeWidthRule } from "../symbology/encodings.ts";
import { openRange } from "../symbology/filter-expression.ts";
import { isShortLine } from "../symbology/short-line.ts";

function amountText(figure: ReportedFigure): string {
  const format = (value: number) => value.toLocaleString("en-GB");
  const { amount } = figure;
  const number = typeof amount === "number" ? format(amount) : `${format(amount.min)}–${format(amount.max)}`;
  return figure.qualifier ? `${figure.qualifier} ${number}` : number;
}

function largestAmount(amount: ReportedFigure["amount"]): number {
  return typeof amount === "number" ? amount : amount.max;
}

/** The publisher and date; the date alone when the claimant is the publisher, so the cell does not repeat it. */
function publicationShort(id: string, claimant: string, publication: PublicationLookup): string {
  const found = publication(id);
  if (!found) return id;
  return found.publisher === claimant ? found.published : `${found.publisher}, ${found.published}`;
}

function publicationLine(id: string, publication: PublicationLookup): string {
  const found = publication(id);
  if (!found) return id;
  return `${found.publisher}, ${publicationTitleText(found.title, found.title_is_description)}, ${found.published}`;
}

/**
 * Partial dates in reading order: by the last day they cover, then the first, so "October 2023" (known by its
 * end) follows "17 October 2023". A stable sort keeps the data's order for the same date.
 */
function byIsoDate(a: string, b: string): number {
  return isoDateEndMs(a) - isoDateEndMs(b) || isoDateStartMs(a) - isoDateStartMs(b);
}

/**
 * The one figure a feature's line width follows (`volumeWidthRule`): the latest by `as_of` among those a
 * government or the UN published; on a tie, the larger.
 */
export function widthFigure(
  figures: readonly ReportedFigure[] | undefined,
  publication: PublicationLookup,
): ReportedFigure | undefined {
  const kinds: readonly string[] = volumeWidthRule.publicationKinds;
  const excludedUnits: readonly string[] = volumeWidthRule.excludedUnits;
  let chosen: ReportedFigure | undefined;
  for (const figure of figures ?? []) {
    if (excludedUnits.includes(figure.unit)) continue;
    const kind = publication(figure.publication)?.kind;
    if (kind === undefined || !kinds.includes(kind)) continue;
    if (
      chosen === undefined ||
      byIsoDate(figure.as_of, chosen.as_of) > 0 ||
      (byIsoDate(figure.as_of, chosen.as_of) === 0 &&
        largestAmount(figure.amount) > largestAmount(chosen.amount))
    ) {
      chosen = figure;
    }
  }
  return chosen;
}

/** 0–1 per unit: the largest width figure of a unit across the data gets the widest line. */
export function volumeScales(features: RouteFeature[], publication: PublicationLookup): Map<string, number> {
  const chosen = new Map<string, ReportedFigure>();
  const largestByUnit = new Map<string, number>();
  for (const feature of features) {
    const figure = widthFigure(feature.properties.figures, publication);
    if (!figure) continue;
    chosen.set(feature.properties.id, figure);
    const value = Math.log10(1 + largestAmount(figure.amount));
    largestByUnit.set(figure.unit, Math.max(largestByUnit.get(figure.unit) ?? 0, value));
  }
  const scales = new Map<string, number>();
  for (const feature of features) {
    const figure = chosen.get(feature.properties.id);
    const scale = figure
      ? Math.log10(1 + largestAmount(figure.amount)) / (largestByUnit.get(figure.unit) || 1)
      : 0;
    scales.set(feature.properties.id, scale);
  }
  return scales;
}

/** Figures grouped by unit (in the order units first appear), in as-of order within a unit. */
export function figureRecords(
  figures: readonly ReportedFigure[] | undefined,
  publication: PublicationLookup,
  options: { drawnAsLine: boolean } = { drawnAsLine: true },
): FigureRecord[] {
  if (!figures) return [];
  // Only a line has a width to set.
  const width = options.drawnAsLine ? widthFigure(figures, publication) : undefined;
  const units = [...new Set(figures.map((figure) => figure.unit))];
  const ordered = units.flatMap((unit) =>
    figures.filter((figure) => figure.unit === unit).sort((a, b) => byIsoDate(a.as_of, b.as_of)),
  );
  return ordered.map((figure) => ({
    amount: amountText(figure),
    unit: figure.unit,
    counts: figure.counts,
    asOf: figure.as_of,
    claimant: figure.claimant,
    publicationId: figure.publication,
    publication: publicationShort(figure.publication, figure.claimant, publication),
    publicationLine: publicationLine(figure.publication, publication),
    ...(figure.note ? { note: figure.note } : {}),
    setsWidth: figure === width,
  }));
}

export const responseKindLabel: Record<ResponseKind, string> = {
  denied: "Denied",
  "declined-to-comment": "Declined to comment",
  "neither-confirmed-nor-denied": "Neither confirmed nor denied",
  acknowledged: "Acknowledged",
};

/** Responses in date order. */
export function responseRecords(
  responses: readonly Response[] | undefined,
  publication: PublicationLookup,
): ResponseRecord[] {
  return [...(responses ?? [])]
    .sort((a, b) => byIsoDate(a.date, b.date))
    .map((response) => ({
      kind: response.kind,
      kindLabel: responseKindLabel[response.kind],
      who: response.who,
      date: response.date,
      ...(response.statement ? { text: response.statement } : {}),
      citations: response.citations.map((citation) => citationRecord(citation, publication)),
    }));
}

export { dateLabel };

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
    figures: figureRecords(properties.figures, publication, { drawnAsLine: isLine }),
    ...(isLine ? { lengthKm: length(feature as Feature, { units: "kilometers" }) } : {}),
    responses: responseRecords(properties.responses, publication),
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
    figures: [],
    responses: [],
    citations: (properties.citations ?? []).map((citation) => citationRecord(citation, publication)),
    notes: properties.notes ?? [],
    unsourced: false,
    bounds: boundsOf(feature),
  };
}

/** Map-ready GeoJSON (numeric dates, ranks, volume scale) and the panel's records for every layer. */
export function prepareLayers(dataset: Dataset): {
  layers: PreparedLayer[];
  dateBounds: { min: CalendarDay; max: CalendarDay };
} {
  const publication: PublicationLookup = (id) => dataset.publications.get(id);
  const routeFeatures = dataset.layers.flatMap((layer) =>
    layer.collection.features.filter((feature): feature is RouteFeature => !isPlaceFeature(feature)),
  );
  const scales = volumeScales(routeFeatures, publication);
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
