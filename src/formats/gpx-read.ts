import { gpx } from "@tmcw/togeojson";
import type { DataProblem } from "../data/problem-text.ts";
import { periodOf } from "./dates.ts";
import { htmlToText } from "./plain-text.ts";
import type { ReadFeature, ReadResult } from "./read-result.ts";
import { parseXml } from "./xml-document.ts";

const nouns = { trk: "track", rte: "route", wpt: "waypoint" } as const;

/** What togeojson adds that the data model does not keep: per-point arrays and line styles. */
const droppedKeys = new Set([
  "_gpxType",
  "coordinateProperties",
  "name",
  "desc",
  "time",
  "stroke",
  "stroke-opacity",
  "stroke-width",
]);

function labelOf(kind: keyof typeof nouns, index: number, name: unknown): string {
  const named =
    typeof name === "string" && name.trim() !== "" ? ` ${JSON.stringify(name.trim().slice(0, 80))}` : "";
  return `${nouns[kind]} #${index}${named}`;
}

function timesOf(properties: Record<string, unknown>): unknown[] {
  const times = (properties.coordinateProperties as { times?: unknown } | undefined)?.times;
  return Array.isArray(times) ? times.flat() : [];
}

/**
 * GPX as one layer: tracks and routes become lines (a track's first and last point times its period, and its
 * start_time and end_time properties), waypoints become points.
 */
export function readGpx(fileName: string, text: string): ReadResult {
  const document = parseXml(text);
  if ("problem" in document) return { refused: document.problem };
  if (document.documentElement?.localName !== "gpx")
    return {
      refused: `has <${document.documentElement?.localName ?? "nothing"}> at its root; expected a GPX document (<gpx>)`,
    };
  const counts = { trk: 0, rte: 0, wpt: 0 };
  const features: ReadFeature[] = gpx(document).features.map((feature) => {
    const raw = (feature.properties ?? {}) as Record<string, unknown>;
    const kind = raw._gpxType === "trk" || raw._gpxType === "rte" ? raw._gpxType : "wpt";
    const label = labelOf(kind, counts[kind]++, raw.name);
    const properties: Record<string, unknown> = {};
    if (typeof raw.name === "string" && raw.name.trim() !== "") properties.title = raw.name.trim();
    if (typeof raw.desc === "string" && raw.desc.trim() !== "") properties.claim = htmlToText(raw.desc);
    const times = kind === "trk" ? timesOf(raw) : [raw.time];
    const first = times.find((time) => typeof time === "string");
    const last = times.findLast((time) => typeof time === "string");
    const period = periodOf(first, last);
    if (period) properties.period = period;
    if (kind === "trk" && typeof first === "string") {
      properties.start_time = first;
      properties.end_time = last;
    } else if (typeof raw.time === "string") properties.time = raw.time;
    for (const [key, value] of Object.entries(raw)) if (!droppedKeys.has(key)) properties[key] = value;
    return { feature: { type: "Feature", geometry: feature.geometry, properties }, label };
  });
  // togeojson drops a point without coordinates, and a track or route of fewer than two: say so.
  const problems: DataProblem[] = [];
  let skipped = 0;
  for (const kind of ["trk", "rte", "wpt"] as const) {
    const missing = document.getElementsByTagName(kind).length - counts[kind];
    if (missing <= 0) continue;
    skipped += missing;
    problems.push({
      file: fileName,
      feature: "-",
      path: `<${kind}>`,
      message: `${missing} ${nouns[kind]}${missing === 1 ? "" : "s"} without readable coordinates (lat and lon numbers; two points for a line) left out`,
    });
  }
  return { layers: [{ name: null, features }], problems, skipped };
}
