import { z } from "zod";
import { addProblem } from "./schema-messages.ts";

const isoDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type DateParts = { year: number; month?: number; day?: number };

function dateParts(value: string): DateParts | null {
  const match = isoDatePattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

/** True for "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return dateParts(value) !== null;
}

/** Epoch milliseconds of the first instant (UTC) the date covers: "2023-09" → 2023-09-01T00:00:00.000Z. */
export function isoDateStartMs(value: string): number {
  const parts = dateParts(value);
  if (!parts) throw new RangeError(`not an ISO date: ${JSON.stringify(value)}`);
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** Epoch milliseconds of the last instant (UTC) the date covers: "2023-09" → 2023-09-30T23:59:59.999Z. */
export function isoDateEndMs(value: string): number {
  const parts = dateParts(value);
  if (!parts) throw new RangeError(`not an ISO date: ${JSON.stringify(value)}`);
  if (parts.month === undefined) return Date.UTC(parts.year + 1, 0, 1) - 1;
  if (parts.day === undefined) return Date.UTC(parts.year, parts.month, 1) - 1;
  return Date.UTC(parts.year, parts.month - 1, parts.day + 1) - 1;
}

const isoDateExpectation = 'an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar date';

export const IsoDate = z
  .string({ error: isoDateExpectation })
  .regex(isoDatePattern, { error: isoDateExpectation })
  .refine(isIsoDate, { error: isoDateExpectation });
export type IsoDate = z.infer<typeof IsoDate>;

export const Period = z
  .strictObject(
    {
      start: IsoDate,
      /** Absent: the period is ongoing (or its end is not reported). */
      end: IsoDate.optional(),
    },
    { error: 'an object { "start": ISO date, "end"?: ISO date }' },
  )
  .superRefine((period, context) => {
    // Refinements run even when a date above failed its own check; compare only real dates.
    if (period.end === undefined || !isIsoDate(period.start) || !isIsoDate(period.end)) return;
    if (isoDateEndMs(period.end) < isoDateStartMs(period.start)) {
      addProblem(
        context,
        ["end"],
        `is "${period.end}", before the start "${period.start}"; expected an end on or after the start`,
      );
    }
  });
export type Period = z.infer<typeof Period>;

/** Start of the first day the period covers, in epoch milliseconds (UTC). */
export function periodStartMs(period: Period): number {
  return isoDateStartMs(period.start);
}

/** End of the last day the period covers, in epoch milliseconds (UTC); null when the period is ongoing. */
export function periodEndMs(period: Period): number | null {
  return period.end === undefined ? null : isoDateEndMs(period.end);
}
