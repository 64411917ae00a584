/**
 * The calendar date where the briefer is, as YYYY-MM-DD: a picture made in Seoul at 08:00 carries that day, not
 * the UTC day before.
 */
export function localIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
