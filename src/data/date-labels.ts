const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2023-09-13" → "13 Sep 2023", "2023-09" → "Sep 2023", "2023" → "2023": dates as the panels and labels show them. */
export function dateLabel(date: string): string {
  const [year, month, day] = date.split("-");
  if (!month) return year ?? date;
  const name = monthNames[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "2023-09-01" → "Sep 2023": a month, as the time filter shows it. */
export function monthLabel(date: string): string {
  return dateLabel(date.slice(0, 7));
}
