import type { DataProblem } from "../data/problem-text.ts";
import { periodOf } from "./dates.ts";
import { kmlPropertiesMarker } from "./kml-encoding.ts";
import { htmlToText } from "./plain-text.ts";

/** What togeojson makes of styles and its own bookkeeping: not imported (the app draws by its own rules). */
const styleKeys = new Set([
  "styleUrl",
  "styleHash",
  "styleMapHash",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "fill",
  "fill-opacity",
  "icon",
  "icon-scale",
  "icon-color",
  "icon-opacity",
  "icon-offset",
  "icon-offset-units",
  "label-scale",
  "label-color",
  "label-opacity",
  "visibility",
  "coordinateProperties",
  "timespan",
  "timestamp",
  "description",
  "name",
  kmlPropertiesMarker,
]);

function descriptionText(description: unknown): string | undefined {
  const html =
    typeof description === "string"
      ? description
      : description !== null && typeof description === "object" && "value" in description
        ? String((description as { value: unknown }).value)
        : undefined;
  const text = html === undefined ? "" : htmlToText(html);
  return text === "" ? undefined : text;
}

function times(properties: Record<string, unknown>): unknown[] {
  const coordinate = properties.coordinateProperties as { times?: unknown } | undefined;
  const list = coordinate?.times;
  return Array.isArray(list) ? list.flat() : [];
}

function listedNames(value: unknown): string[] | null {
  if (typeof value !== "string") return null;
  try {
    const names: unknown = JSON.parse(value);
    return Array.isArray(names) && names.every((name) => typeof name === "string") ? names : null;
  } catch {
    return null;
  }
}

function decoded(
  raw: Record<string, unknown>,
  names: readonly string[],
  location: { file: string; feature: string },
): { properties: Record<string, unknown>; problems: DataProblem[] } {
  const properties: Record<string, unknown> = {};
  const problems: DataProblem[] = [];
  for (const name of names) {
    const value = raw[name];
    if (typeof value !== "string") continue;
    try {
      properties[name] = JSON.parse(value);
    } catch {
      properties[name] = value;
      problems.push({
        ...location,
        path: `ExtendedData[${JSON.stringify(name)}]`,
        message: "is not the JSON this app writes; expected a JSON value (kept as text)",
        severity: "warning",
      });
    }
  }
  return { properties, problems };
}

/**
 * A Placemark's properties in the data model. A file this app wrote gives back its ExtendedData, decoded, and
 * nothing else. Any other: `name` → title, `description` → claim as plain text, TimeSpan, TimeStamp or a
 * gx:Track's times → period, ExtendedData → properties as text. Styles are left out.
 */
export function placemarkProperties(
  raw: Record<string, unknown>,
  location: { file: string; feature: string },
): { properties: Record<string, unknown>; problems: DataProblem[] } {
  const names = listedNames(raw[kmlPropertiesMarker]);
  if (names) return decoded(raw, names, location);
  const properties: Record<string, unknown> = {};
  const title = typeof raw.name === "string" ? raw.name.trim() : "";
  if (title !== "") properties.title = title;
  const claim = descriptionText(raw.description);
  if (claim !== undefined) properties.claim = claim;
  const span = raw.timespan as { begin?: unknown; end?: unknown } | undefined;
  const trackTimes = times(raw);
  const period =
    periodOf(span?.begin, span?.end) ??
    periodOf(raw.timestamp, undefined) ??
    periodOf(trackTimes[0], trackTimes.at(-1));
  if (period) properties.period = period;
  for (const [key, value] of Object.entries(raw)) {
    if (!styleKeys.has(key)) properties[key] = value;
  }
  return { properties, problems: [] };
}
