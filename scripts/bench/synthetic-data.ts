/**
 * The scale scenario's data: a deterministic synthetic GeoJSON FeatureCollection of about 10,000 route lines and
 * 100,000 track points between 20° and 180° E, 20° and 75° N (inside the data's plausible bounds, so an import
 * check has no reason to refuse it). Generated on demand, never committed:
 *   npx tsx scripts/bench/synthetic-data.ts [--out file.geojson] [--lines 10000] [--points 100000] [--seed 1]
 * The same seed and counts give byte-identical output (the bench prints the file's SHA-256 to show it).
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export type SyntheticOptions = { lines: number; points: number; seed: number };

export const defaultSyntheticOptions: SyntheticOptions = { lines: 10_000, points: 100_000, seed: 20_240_917 };

/**
 * `features` features in the default file's mix (one line for every ten points), for files of other sizes: the
 * same kinds of feature in the same proportion, so that time grows with the count and not with the mix.
 */
export function syntheticMix(features: number, seed = defaultSyntheticOptions.seed): SyntheticOptions {
  const { lines, points } = defaultSyntheticOptions;
  const lineCount = Math.round((features * lines) / (lines + points));
  return { lines: lineCount, points: features - lineCount, seed };
}

const bounds = { west: 20, south: 20, east: 179.5, north: 75 } as const;
const confidences = ["high", "moderate", "low"] as const;
const precisions = ["exact", "approximate", "schematic"] as const;
const pointsPerTrack = 100;

/** mulberry32: a small, fast, seedable PRNG; good enough for test geometry and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A month between 2022-01 and 2025-12, as the project's `period.start` strings. */
function month(random: () => number): string {
  const index = Math.floor(random() * 48);
  return `${2022 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function randomWalk(
  random: () => number,
  start: [number, number],
  steps: number,
  stepDegrees: number,
): number[][] {
  const coordinates: number[][] = [];
  let [lon, lat] = start;
  let heading = random() * Math.PI * 2;
  for (let index = 0; index < steps; index++) {
    coordinates.push([round(lon), round(lat)]);
    heading += (random() - 0.5) * 0.9;
    lon = clamp(lon + Math.cos(heading) * stepDegrees * (0.5 + random()), bounds.west, bounds.east);
    lat = clamp(lat + Math.sin(heading) * stepDegrees * 0.6 * (0.5 + random()), bounds.south, bounds.north);
  }
  return coordinates;
}

function randomStart(random: () => number): [number, number] {
  return [
    bounds.west + 2 + random() * (bounds.east - bounds.west - 4),
    bounds.south + 2 + random() * (bounds.north - bounds.south - 4),
  ];
}

/**
 * The collection as JSON text, written feature by feature: a 30 MB string is cheaper to build in pieces than
 * through one JSON.stringify of a 110,000-feature object.
 */
export function syntheticCollectionText(options: SyntheticOptions = defaultSyntheticOptions): string {
  const random = seededRandom(options.seed);
  const parts: string[] = [];
  for (let index = 0; index < options.lines; index++) {
    const steps = 8 + Math.floor(random() * 17);
    const feature = {
      type: "Feature",
      geometry: { type: "LineString", coordinates: randomWalk(random, randomStart(random), steps, 0.8) },
      properties: {
        id: `synthetic-route-${index}`,
        title: `Synthetic route ${index}`,
        confidence: pick(random, confidences),
        geometry_precision: pick(random, precisions),
        period: { start: month(random) },
      },
    };
    parts.push(JSON.stringify(feature));
  }
  const tracks = Math.ceil(options.points / pointsPerTrack);
  let written = 0;
  for (let track = 0; track < tracks && written < options.points; track++) {
    const count = Math.min(pointsPerTrack, options.points - written);
    const walk = randomWalk(random, randomStart(random), count, 0.05);
    const confidence = pick(random, confidences);
    const start = month(random);
    for (const [sequence, coordinates] of walk.entries()) {
      const feature = {
        type: "Feature",
        geometry: { type: "Point", coordinates },
        properties: {
          id: `synthetic-point-${written}`,
          title: `Track ${track} point ${sequence}`,
          confidence,
          geometry_precision: "approximate",
          period: { start },
        },
      };
      parts.push(JSON.stringify(feature));
      written++;
    }
  }
  return `{"type":"FeatureCollection","features":[\n${parts.join(",\n")}\n]}\n`;
}

export type SyntheticFile = {
  path: string;
  bytes: number;
  sha256: string;
  lines: number;
  points: number;
  seed: number;
};

/** Writes the collection (default: a fresh directory under the system's temp dir) and describes it. */
export function writeSyntheticCollection(
  path = join(tmpdir(), "supply-map-bench", "synthetic-routes-and-tracks.geojson"),
  options: SyntheticOptions = defaultSyntheticOptions,
): SyntheticFile {
  const text = syntheticCollectionText(options);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return {
    path,
    bytes: Buffer.byteLength(text),
    sha256: createHash("sha256").update(text).digest("hex"),
    ...options,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      lines: { type: "string", default: String(defaultSyntheticOptions.lines) },
      points: { type: "string", default: String(defaultSyntheticOptions.points) },
      seed: { type: "string", default: String(defaultSyntheticOptions.seed) },
    },
  });
  const file = writeSyntheticCollection(values.out, {
    lines: Number(values.lines),
    points: Number(values.points),
    seed: Number(values.seed),
  });
  console.log(
    `${file.path}: ${file.lines} lines, ${file.points} points, ${(file.bytes / 1e6).toFixed(1)} MB, sha256 ${file.sha256.slice(0, 16)}`,
  );
}
