import type { z } from "zod";
import {
  Citation,
  Discrepancy,
  Identifier,
  IsoDate,
  Publication,
  ReportedFigure,
  Response,
  RouteProperties,
} from "../data/index.ts";
import { unwrapSchema } from "./schema-order.ts";
import type { FormValue, FormValues } from "./types.ts";

/*
 * The editor's forms are derived from the zod schemas the validator uses, so that a property added to the schema
 * appears in the form and a cap changed in src/data/limits.ts is the form's cap. Only the human labels and help
 * texts are a table here.
 */

export type FieldKind =
  | "text"
  | "textarea"
  | "enum"
  | "date"
  /** A list of objects, each with its own `fields`. */
  | "list"
  | "string-list"
  /** A reported figure's amount: a number ("5000") or a range ("1000–2000"). */
  | "amount"
  /** "true", "false" or "" (left out). */
  | "boolean";

export type FormField = {
  /** The property path, nested objects flattened with dots: "title", "period.start"; in a list item, the item's key. */
  key: string;
  label: string;
  help?: string;
  kind: FieldKind;
  required: boolean;
  /** The allowed values of an enum. */
  options?: readonly string[];
  maxLength?: number;
  minLength?: number;
  /** What an id names, for a picker: a publication in publications.json, or a place in places.geojson. */
  refersTo?: "publication" | "place";
  /** The fields of each item of a list. */
  fields?: FormField[];
};

const labels: Record<string, { label: string; help?: string }> = {
  id: { label: "Id", help: 'Lowercase letters, digits and single hyphens, e.g. "rail-link-2023"' },
  title: { label: "Title" },
  claim: { label: "Claim", help: "What is alleged, in a sentence or two" },
  status: { label: "Status" },
  confidence: { label: "Confidence" },
  confidence_note: { label: "Why this confidence" },
  citations: { label: "Citations", help: "Every claim needs at least one publication" },
  "period.start": { label: "Period start", help: "YYYY, YYYY-MM or YYYY-MM-DD" },
  "period.end": { label: "Period end", help: "Leave empty when ongoing or not reported" },
  geometry_precision: { label: "Geometry precision" },
  responses: { label: "Responses", help: "How the parties named in the claim answered it" },
  figures: { label: "Reported figures" },
  discrepancies: { label: "Discrepancies" },
  mode: { label: "Mode" },
  waypoints: { label: "Waypoints", help: "Ids of the places the line was built from, in order" },
  location_note: { label: "Location note", help: "How the geometry was drawn, and what it does not claim" },
  notes: { label: "Notes" },
  publication: { label: "Publication" },
  claimant: { label: "Claimant" },
  quote: { label: "Quote", help: "A short verbatim extract, without quotation marks" },
  note: { label: "Note" },
  kind: { label: "Kind" },
  who: { label: "Who" },
  date: { label: "Date", help: "YYYY, YYYY-MM or YYYY-MM-DD" },
  statement: { label: "Statement" },
  amount: { label: "Amount", help: 'A number, or a range such as "1000–2000"' },
  unit: { label: "Unit" },
  counts: { label: "What is counted" },
  qualifier: { label: "Qualifier", help: '"more than", "about", "at least", "up to"' },
  as_of: { label: "As of", help: "When the figure was said to hold" },
  publisher: { label: "Publisher" },
  title_is_description: { label: "The title describes the item (no headline on record)" },
  author: { label: "Author" },
  published: { label: "Published", help: "YYYY, YYYY-MM or YYYY-MM-DD" },
  url: { label: "Address (URL)", help: "Only a known, exact http: or https: address" },
  reliability: {
    label: "Reliability",
    help: "Admiralty letter A (completely reliable) to F (cannot be judged)",
  },
  reliability_note: { label: "Why this reliability" },
  seed: { label: "Seed file" },
  via: { label: "Via", help: "The outlet that carried it" },
};

/** Text capped above this many characters gets a multi-line input. */
const textareaAbove = 240;

type Introspected = z.ZodType & {
  def: {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
  };
  options?: readonly string[];
  maxLength?: number | null;
  minLength?: number | null;
};

/** The `.min(n)` of an array schema (zod 4 keeps it among the checks, not on the schema). */
function minimumItems(schema: Introspected): number | undefined {
  const checks = (schema.def as { checks?: { _zod: { def: { check: string; minimum?: number } } }[] }).checks;
  return checks?.find((check) => check._zod.def.check === "min_length")?._zod.def.minimum;
}

function labelled(key: string, labelKey: string): Pick<FormField, "label" | "help"> {
  const found = labels[labelKey] ?? labels[key.split(".").at(-1) ?? key];
  const label = found?.label ?? key.replaceAll("_", " ").replace(/^./, (first) => first.toUpperCase());
  return found?.help === undefined ? { label } : { label, help: found.help };
}

function fieldsOf(shape: Record<string, z.ZodType>, prefix = ""): FormField[] {
  const fields: FormField[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const key = `${prefix}${name}`;
    const required = !schema.safeParse(undefined).success;
    const inner = unwrapSchema(schema) as Introspected;
    const base = { key, ...labelled(key, key), required };
    const type = inner.def.type;
    if (type === "object" && inner.def.shape) {
      // A nested object (the period) is flattened: its fields are required only when it is.
      for (const field of fieldsOf(inner.def.shape, `${key}.`))
        fields.push({ ...field, required: required && field.required });
    } else if (type === "array" && inner.def.element) {
      const element = unwrapSchema(inner.def.element) as Introspected;
      const minLength = minimumItems(inner);
      const size = minLength === undefined ? {} : { minLength };
      if (element.def.type === "object" && element.def.shape)
        fields.push({ ...base, kind: "list", ...size, fields: fieldsOf(element.def.shape) });
      else
        fields.push({
          ...base,
          kind: "string-list",
          ...size,
          ...(name === "waypoints" ? { refersTo: "place" as const } : {}),
        });
    } else if (type === "enum") {
      fields.push({ ...base, kind: "enum", options: inner.options ?? [] });
    } else if (type === "union") {
      fields.push({ ...base, kind: "amount" });
    } else if (type === "boolean") {
      fields.push({ ...base, kind: "boolean" });
    } else if (inner === IsoDate) {
      fields.push({ ...base, kind: "date" });
    } else {
      const maxLength = inner.maxLength ?? undefined;
      fields.push({
        ...base,
        kind: maxLength !== undefined && maxLength > textareaAbove ? "textarea" : "text",
        ...(maxLength === undefined ? {} : { maxLength }),
        ...(name === "publication" && inner === Identifier ? { refersTo: "publication" as const } : {}),
      });
    }
  }
  return fields;
}

/** The fields of a route, flow, event or area feature's properties, in the schema's order. */
export const featureFields: readonly FormField[] = fieldsOf(RouteProperties.shape);
/** The fields of a publication, in the schema's order. */
export const publicationFields: readonly FormField[] = fieldsOf(Publication.shape);
export const citationFields: readonly FormField[] = fieldsOf(Citation.shape);
export const responseFields: readonly FormField[] = fieldsOf(Response.shape);
export const figureFields: readonly FormField[] = fieldsOf(ReportedFigure.shape);
export const discrepancyFields: readonly FormField[] = fieldsOf(Discrepancy.shape);

/** The form value of a field left empty. */
export function emptyValue(field: FormField): FormValue {
  return field.kind === "list" || field.kind === "string-list" ? [] : "";
}

/** Every field empty. */
export function emptyValues(fields: readonly FormField[]): FormValues {
  return Object.fromEntries(fields.map((field) => [field.key, emptyValue(field)]));
}

/** A new feature's form: every field empty but one empty citation row, as every claim needs one. */
export function emptyFeatureProperties(): FormValues {
  return { ...emptyValues(featureFields), citations: [emptyValues(citationFields)] };
}

export function emptyPublication(): FormValues {
  return emptyValues(publicationFields);
}

const rangePattern = /^\s*(\d+(?:\.\d+)?)\s*[–-]\s*(\d+(?:\.\d+)?)\s*$/;
const numberPattern = /^\s*\d+(?:\.\d+)?\s*$/;

/** "5000" → 5000, "1000–2000" → { min, max }; anything else stays text, for the validator to name. */
function parseAmount(text: string): unknown {
  if (numberPattern.test(text)) return Number(text);
  const range = rangePattern.exec(text);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  return text;
}

function amountText(value: unknown): string {
  if (typeof value === "number") return String(value);
  const range = value as { min?: unknown; max?: unknown } | null;
  if (range && typeof range === "object") return `${String(range.min)}–${String(range.max)}`;
  return value === undefined ? "" : String(value);
}

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  let current = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof current[part] !== "object" || current[part] === null) current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  current[parts.at(-1) as string] = value;
}

function getPath(source: Record<string, unknown>, key: string): unknown {
  let current: unknown = source;
  for (const part of key.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * Form values → properties as they will be written. An empty input is left out, as is an empty list (the schema
 * rejects empty lists for optional lists); a required field left empty is left out too, and the validator then
 * names it as missing. Values are not trimmed or corrected: the validator says what is wrong.
 */
export function formToRecord(values: FormValues, fields: readonly FormField[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    if (field.kind === "list") {
      const items = (value as FormValues[]).map((item) => formToRecord(item, field.fields ?? []));
      if (items.length > 0) setPath(record, field.key, items);
    } else if (field.kind === "string-list") {
      const items = (value as string[]).filter((item) => item !== "");
      if (items.length > 0) setPath(record, field.key, items);
    } else if (typeof value === "string" && value !== "") {
      if (field.kind === "amount") setPath(record, field.key, parseAmount(value));
      else if (field.kind === "boolean") setPath(record, field.key, value === "true");
      else setPath(record, field.key, value);
    }
  }
  return record;
}

/** Properties → form values: every field present, "" or [] where the property is absent. */
export function recordToForm(record: Record<string, unknown>, fields: readonly FormField[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = getPath(record, field.key);
    if (field.kind === "list")
      values[field.key] = Array.isArray(value)
        ? value.map((item) => recordToForm(item as Record<string, unknown>, field.fields ?? []))
        : [];
    else if (field.kind === "string-list")
      values[field.key] = Array.isArray(value) ? value.map((item) => String(item)) : [];
    else if (field.kind === "amount") values[field.key] = amountText(value);
    else if (field.kind === "boolean") values[field.key] = value === undefined ? "" : String(value);
    else values[field.key] = value === undefined ? "" : String(value);
  }
  return values;
}

export function formToProperties(values: FormValues): Record<string, unknown> {
  return formToRecord(values, featureFields);
}

export function propertiesToForm(properties: Record<string, unknown>): FormValues {
  return recordToForm(properties, featureFields);
}

export function formToPublication(values: FormValues): Record<string, unknown> {
  return formToRecord(values, publicationFields);
}

export function publicationToForm(publication: Record<string, unknown>): FormValues {
  return recordToForm(publication, publicationFields);
}
