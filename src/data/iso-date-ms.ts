/** ISO calendar dates as the data writes them, in epoch milliseconds: plain functions, no schema code. */

export const isoDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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

/** A whole calendar day, "YYYY-MM-DD" (the app's date filter); the data's dates may also be a month or a year. */
export type CalendarDay = string;

/** True for "YYYY-MM-DD" naming a real calendar day. */
export function isCalendarDay(value: string): value is CalendarDay {
  const parts = dateParts(value);
  return parts?.day !== undefined;
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
