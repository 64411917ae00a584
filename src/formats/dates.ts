import { isIsoDate } from "../data/iso-date-ms.ts";

/** The date part of an ISO date or date-time ("2024-03-01T12:00:00Z" → "2024-03-01"), or undefined. */
export function isoDateOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const date = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value.trim())?.[0];
  return date !== undefined && isIsoDate(date) ? date : undefined;
}

/** A period from a first and a last date (either may be missing or not a date); undefined without a start. */
export function periodOf(first: unknown, last: unknown): { start: string; end?: string } | undefined {
  const start = isoDateOf(first);
  if (start === undefined) return undefined;
  const end = isoDateOf(last);
  return end === undefined || end === start ? { start } : { start, end };
}
