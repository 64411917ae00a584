import { z } from "zod";
import { isIsoDate, isoDateEndMs, isoDatePattern, isoDateStartMs } from "./iso-date-ms.ts";
import { addProblem } from "./schema-messages.ts";

export { isIsoDate, isoDateEndMs, isoDateStartMs };

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
