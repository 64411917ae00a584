import { type CalendarDay, isCalendarDay } from "../data/iso-date-ms.ts";
import type { AppState, LayerCatalogue, MinimumConfidence } from "./app-state.ts";

/**
 * The app's keys in the URL hash, beside MapLibre's own `map=zoom/lat/lng/bearing/pitch`, which is kept as
 * it is. Values equal to the defaults are left out, so that a plain link stays short.
 * URLSearchParams is not used to write: it would turn the `/` of `map=` into `%2F` and break MapLibre's hash.
 */
export const hashKeys = {
  layers: "layers",
  from: "from",
  to: "to",
  confidence: "confidence",
  feature: "feature",
  tour: "tour",
  numbers: "numbers",
} as const;

const appKeys = new Set<string>(Object.values(hashKeys));

function splitHash(hash: string): Array<[string, string]> {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!body) return [];
  return body.split("&").map((part) => {
    const index = part.indexOf("=");
    return index < 0 ? [part, ""] : [part.slice(0, index), part.slice(index + 1)];
  });
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}

const confidences: MinimumConfidence[] = ["any", "low", "moderate", "high"];

function validDate(value: string | undefined): CalendarDay | null {
  return value !== undefined && isCalendarDay(value) ? value : null;
}

/**
 * Reads the app state from a hash. Malformed dates and unknown confidence levels are ignored (a shared link from
 * an older or newer version still opens), falling back to the defaults. Layer ids are kept as they are, known
 * or not: an imported layer restored after the page opened is still one the link chose.
 */
export function readHash(hash: string, defaults: AppState): AppState {
  const values = new Map(splitHash(hash).map(([key, value]) => [key, decode(value)]));
  const layers = values.get(hashKeys.layers);
  const confidence = values.get(hashKeys.confidence) as MinimumConfidence | undefined;
  const feature = values.get(hashKeys.feature);
  return {
    layers:
      layers === undefined
        ? defaults.layers
        : { kind: "chosen", ids: new Set(layers.split(",").filter((id) => id !== "")) },
    range: {
      from: validDate(values.get(hashKeys.from)) ?? defaults.range.from,
      to: validDate(values.get(hashKeys.to)) ?? defaults.range.to,
    },
    minimumConfidence:
      confidence && confidences.includes(confidence) ? confidence : defaults.minimumConfidence,
    selected: feature ? feature : defaults.selected,
    tourStep: validStep(values.get(hashKeys.tour)) ?? defaults.tourStep,
    sourceNumbers: values.has(hashKeys.numbers)
      ? values.get(hashKeys.numbers) === "1"
      : defaults.sourceNumbers,
  };
}

/** A step number: a whole number from 1; anything else is ignored. The tour clamps it to its length. */
function validStep(value: string | undefined): number | null {
  if (!value || !/^\d{1,4}$/.test(value)) return null;
  const step = Number(value);
  return step >= 1 ? step : null;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/**
 * Writes the app state into `hash`, keeping every key that is not the app's (MapLibre's `map=` above all).
 * Chosen layers are written in panel order, ids the catalogue does not know after them; a choice equal to the
 * defaults is left out.
 */
export function writeHash(
  hash: string,
  state: AppState,
  defaults: AppState,
  catalogue: LayerCatalogue,
): string {
  const kept = splitHash(hash).filter(([key]) => !appKeys.has(key));
  const own: Array<[string, string]> = [];
  if (state.tourStep !== null) own.push([hashKeys.tour, String(state.tourStep)]);
  if (state.sourceNumbers !== defaults.sourceNumbers)
    own.push([hashKeys.numbers, state.sourceNumbers ? "1" : "0"]);
  const choice = state.layers;
  if (choice.kind === "chosen" && !sameSet(choice.ids, catalogue.defaults)) {
    const known = new Set(catalogue.order);
    const ordered = [
      ...catalogue.order.filter((id) => choice.ids.has(id)),
      ...[...choice.ids].filter((id) => !known.has(id)),
    ];
    own.push([hashKeys.layers, ordered.map(encodeURIComponent).join(",")]);
  }
  if (state.range.from !== defaults.range.from && state.range.from)
    own.push([hashKeys.from, state.range.from]);
  if (state.range.to !== defaults.range.to && state.range.to) own.push([hashKeys.to, state.range.to]);
  if (state.minimumConfidence !== defaults.minimumConfidence)
    own.push([hashKeys.confidence, state.minimumConfidence]);
  if (state.selected) own.push([hashKeys.feature, encodeURIComponent(state.selected)]);
  const parts = [...kept, ...own].map(([key, value]) =>
    value === "" && !appKeys.has(key) ? key : `${key}=${value}`,
  );
  return parts.length ? `#${parts.join("&")}` : "";
}
