import type { CalendarDay } from "../state/app-state.ts";

/** The first day of every month from `min` to `max`, as ISO dates: the steps of the time sliders. */
export function monthSteps(min: CalendarDay, max: CalendarDay): CalendarDay[] {
  const steps: CalendarDay[] = [];
  let year = Number(min.slice(0, 4));
  let month = Number(min.slice(5, 7));
  const endYear = Number(max.slice(0, 4));
  const endMonth = Number(max.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    steps.push(`${year}-${String(month).padStart(2, "0")}-01`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return steps;
}

/** The last day of the month that `date` falls in. */
export function endOfMonth(date: CalendarDay): CalendarDay {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}

export { monthLabel } from "../data/date-labels.ts";
