/**
 * Rivers, lakes, towns and ports for the basemap, from the project's copy of Natural Earth 1:10m
 * (basemap-data/natural-earth/, see its README). Pure apart from reading those files.
 *
 * Natural Earth gives each feature a `min_zoom` (and `min_label`) for a web map of 256-pixel tiles; MapLibre's
 * zoom counts 512-pixel tiles, one level less for the same scale, so every zoom below is Natural Earth's minus 1,
 * rounded to a whole level: GeoJSON tiles are cut at whole zooms and a filter on `["zoom"]` sees the tile's.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { featureCollection, pointOnFeature, simplify } from "@turf/turf";
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from "geojson";
import { detailMinZoom, eastRegion } from "../src/symbology/basemap-layers.ts";

export const naturalEarthDirectory = join(
  dirname(fileURLToPath(import.meta.url)),
  "basemap-data/natural-earth",
);

/** The files the generator reads: part of the basemap's cache key. */
export const naturalEarthFiles = [
  "ne_10m_rivers_lake_centerlines.geojson",
  "ne_10m_lakes.geojson",
  "ne_10m_populated_places.geojson",
  "ne_10m_ports.geojson",
] as const;

type NaturalEarthFile = (typeof naturalEarthFiles)[number];

function read<G extends Geometry>(file: NaturalEarthFile): FeatureCollection<G, Record<string, unknown>> {
  return JSON.parse(readFileSync(join(naturalEarthDirectory, file), "utf8"));
}

/** The level from which the overview hands over to the full-detail files. */
const overviewMaxZoom = detailMinZoom;

/**
 * Border rivers of the story's area, drawn from zoom 6 whatever their rank: the Tumen *is* the border the rail
 * link crosses (Natural Earth ranks it 9, first drawn at zoom 7.1 on its scale), and the Amur, Ussuri and Yalu
 * are the other borders a reader of the Far East view orients by.
 */
const borderRivers = new Set(["Tumen", "Amur", "Ussuri", "Yalu"]);

/**
 * English names where Natural Earth's `name_en` gives a Chinese romanisation for the Chinese side of a border
 * river (its `name` then holds the English one).
 */
const englishOverrides: Record<string, string> = { Wusuli: "Ussuri" };

function mapLibreZoom(naturalEarthZoom: unknown, fallback: number, later = 0): number {
  return typeof naturalEarthZoom === "number"
    ? Math.max(0, Math.round(naturalEarthZoom - 1 + later))
    : fallback;
}

/**
 * Towns come half a level later than Natural Earth's scale says (rounded, a whole level for most): over the Far
 * East the data's own places already name the story's towns, and the Chinese plain would otherwise fill the
 * first view with names no briefing needs.
 */
const townDelay = 0.5;

/** Positions rounded to `decimals` places (about 1 m at 5): smaller files, no visible change. */
export function roundCoordinates<T>(coordinates: T, decimals: number): T {
  const factor = 10 ** decimals;
  const visit = (value: unknown): unknown =>
    typeof value === "number"
      ? Math.round(value * factor) / factor
      : Array.isArray(value)
        ? value.map(visit)
        : value;
  return visit(coordinates) as T;
}

/** Simplifies and rounds; drops lines that collapse to a point and rings that collapse to a line. */
function generalise<G extends LineString | MultiLineString | Polygon | MultiPolygon>(
  geometry: G,
  tolerance: number,
  decimals: number,
): G | null {
  const simplified =
    tolerance > 0 ? (simplify(geometry, { tolerance, highQuality: false, mutate: false }) as G) : geometry;
  const rounded = roundCoordinates(simplified.coordinates, decimals) as unknown;
  const dedupe = (line: number[][]) =>
    line.filter((position, index) => {
      const previous = line[index - 1];
      return !previous || previous[0] !== position[0] || previous[1] !== position[1];
    });
  switch (geometry.type) {
    case "LineString": {
      const line = dedupe(rounded as number[][]);
      return line.length > 1 ? ({ type: "LineString", coordinates: line } as G) : null;
    }
    case "MultiLineString": {
      const lines = (rounded as number[][][]).map(dedupe).filter((line) => line.length > 1);
      return lines.length > 0 ? ({ type: "MultiLineString", coordinates: lines } as G) : null;
    }
    case "Polygon": {
      const rings = (rounded as number[][][]).map(dedupe).filter((ring) => ring.length >= 4);
      return rings[0] ? ({ type: "Polygon", coordinates: rings } as G) : null;
    }
    default: {
      const polygons = (rounded as number[][][][])
        .map((rings) => rings.map(dedupe).filter((ring) => ring.length >= 4))
        .filter((rings) => rings.length > 0);
      return polygons.length > 0 ? ({ type: "MultiPolygon", coordinates: polygons } as G) : null;
    }
  }
}

/** What the bundled font's Latin subset covers (@fontsource's `latin` unicode-range, in short). */
const inLatinSubset =
  /^[\u0020-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122]$/u;

/**
 * Names in their English spelling, which drops the marks the Latin subset lacks (Ōsaka → Osaka, Constanța →
 * Constanta): one such name in the first view would make every page load fetch the 40 KB Latin Extended font.
 */
function englishSpelling(text: string): string {
  return [...text]
    .map((character) =>
      inLatinSubset.test(character) ? character : character.normalize("NFD").replace(/\p{M}/gu, ""),
    )
    .join("")
    .normalize("NFC");
}

function clean(text: unknown): string | null {
  if (typeof text !== "string") return null;
  const trimmed = englishSpelling(text.replace(/\s+/g, " ").trim());
  return trimmed.length > 0 ? trimmed : null;
}

/** Drawn width factor by rank: the great rivers at full width, local ones at half. */
/** Above any zoom MapLibre draws. */
const neverLabelled = 99;

function riverWeight(rank: number, name: string): number {
  const byRank = rank <= 3 ? 1 : rank <= 6 ? 0.75 : 0.55;
  return borderRivers.has(name) ? Math.max(byRank, 0.8) : byRank;
}

/** A feature that reaches into `eastRegion` belongs to it; the rest loads once the view leaves it. */
export type Region = "east" | "west";

type Tier = { tolerance: number; decimals: number; onlyBelow?: number };

/**
 * Tolerances in degrees. The overview is drawn below zoom 6, where a pixel is at least 0.011°: lines simplified
 * at 0.02° move by at most two pixels there, which on a thin river shows as a smoother bend, not as a wrong one.
 * The detail, drawn from zoom 6 on, keeps Natural Earth's line to about a pixel at zoom 10.
 */
const overviewTier: Tier = { tolerance: 0.02, decimals: 2, onlyBelow: overviewMaxZoom };
const detailTier: Tier = { tolerance: 0.0004, decimals: 4 };

function regionOf(geometry: Geometry): Region {
  const [west, south, east, north] = eastRegion;
  const numbers = JSON.stringify("coordinates" in geometry ? geometry.coordinates : []).match(
    /-?\d+(\.\d+)?/g,
  );
  for (let index = 0; index + 1 < (numbers?.length ?? 0); index += 2) {
    const x = Number(numbers?.[index]);
    const y = Number(numbers?.[index + 1]);
    if (x >= west && x <= east && y >= south && y <= north) return "east";
  }
  return "west";
}

function rivers(tier: Tier): Feature[] {
  const features: Feature[] = [];
  for (const river of read<LineString | MultiLineString>("ne_10m_rivers_lake_centerlines.geojson").features) {
    const properties = river.properties;
    const given = clean(properties.name_en) ?? clean(properties.name);
    if (!given) continue;
    const english = englishOverrides[given] ?? given;
    const local = clean(properties.name);
    const rank = Number(properties.scalerank ?? 9);
    const border = borderRivers.has(english);
    const minzoom = Math.min(mapLibreZoom(properties.min_zoom, 8), border ? overviewMaxZoom : 99);
    // A lake centre line joins a river through a lake, under the lake's fill: its name would float on the water.
    const labelzoom =
      properties.featurecla === "Lake Centerline"
        ? neverLabelled
        : Math.max(minzoom, Math.min(mapLibreZoom(properties.min_label, 9), border ? 6 : neverLabelled));
    if (tier.onlyBelow !== undefined && minzoom >= tier.onlyBelow) continue;
    const geometry = generalise(river.geometry, tier.tolerance, tier.decimals);
    if (!geometry) continue;
    features.push({
      type: "Feature",
      properties: {
        kind: "river",
        name: english,
        ...(local && local !== english && local !== given ? { local } : {}),
        rank,
        minzoom,
        labelzoom,
        weight: riverWeight(rank, english),
      },
      geometry,
    });
  }
  return features;
}

/** The largest polygon of a lake: its label goes there (the Caspian's, not an islet's). */
function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === "Polygon") return geometry;
  const parts = geometry.coordinates.map((rings) => ({ rings, size: rings[0]?.length ?? 0 }));
  parts.sort((a, b) => b.size - a.size);
  return { type: "Polygon", coordinates: parts[0]?.rings ?? [] };
}

function lakes(tier: Tier): Feature[] {
  const features: Feature[] = [];
  for (const lake of read<Polygon | MultiPolygon>("ne_10m_lakes.geojson").features) {
    const properties = lake.properties;
    const minzoom = mapLibreZoom(properties.min_zoom, 6);
    if (tier.onlyBelow !== undefined && minzoom >= tier.onlyBelow) continue;
    const geometry = generalise(lake.geometry, tier.tolerance, tier.decimals);
    if (!geometry) continue;
    features.push({ type: "Feature", properties: { kind: "lake", minzoom }, geometry });
    const name = clean(properties.name);
    if (!name) continue;
    const local = clean(properties.name_alt);
    const anchor = pointOnFeature(largestPart(lake.geometry)).geometry.coordinates;
    features.push({
      type: "Feature",
      properties: {
        kind: "lake-label",
        name,
        ...(local ? { local } : {}),
        rank: Number(properties.scalerank ?? 6),
        labelzoom: Math.max(minzoom, mapLibreZoom(properties.min_label, 7)),
      },
      geometry: { type: "Point", coordinates: roundCoordinates(anchor, 3) },
    });
  }
  return features;
}

/**
 * Towns and cities as points with the order MapLibre places their labels in (capitals first, then Natural
 * Earth's scalerank and labelrank); the overview holds those drawn below zoom 6, the detail the rest and ports.
 */
function towns(tier: "overview" | "detail"): Feature<Point>[] {
  const features: Feature<Point>[] = [];
  for (const town of read<Point>("ne_10m_populated_places.geojson").features) {
    const properties = town.properties;
    const name = clean(properties.name);
    if (!name) continue;
    const minzoom = mapLibreZoom(properties.min_zoom, 7, townDelay);
    if (minzoom < overviewMaxZoom !== (tier === "overview")) continue;
    const capital = properties.adm0cap === 1;
    const labelrank = Number(properties.labelrank ?? 9);
    const scalerank = Number(properties.scalerank ?? 9);
    features.push({
      type: "Feature",
      properties: {
        kind: "town",
        name,
        minzoom,
        // Lower is placed first.
        sort: (capital ? 0 : 100) + scalerank * 10 + labelrank,
        size: capital || scalerank <= 2 ? 2 : scalerank <= 5 ? 1 : 0,
      },
      geometry: { type: "Point", coordinates: roundCoordinates(town.geometry.coordinates, 3) },
    });
  }
  if (tier === "detail") {
    for (const port of read<Point>("ne_10m_ports.geojson").features) {
      const name = clean(port.properties.name);
      features.push({
        type: "Feature",
        properties: { kind: "port", ...(name ? { name } : {}) },
        geometry: { type: "Point", coordinates: roundCoordinates(port.geometry.coordinates, 4) },
      });
    }
  }
  return features;
}

/**
 * Rivers, lakes (with label points), towns and ports of one tier and region: the overview (features drawn below
 * zoom 6, generalised) or the detail (everything, at full detail).
 */
export function naturalEarthLayer(tier: "overview" | "detail", region: Region): FeatureCollection {
  const settings = tier === "overview" ? overviewTier : detailTier;
  const features = [...rivers(settings), ...lakes(settings), ...towns(tier)];
  return featureCollection(features.filter((feature) => regionOf(feature.geometry) === region));
}
