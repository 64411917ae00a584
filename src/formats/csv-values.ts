/** A number as analysts write it: a decimal point or a decimal comma ("43,12"), optional sign and exponent. */
export function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  const normal = /^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(",", ".") : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Epoch milliseconds of an ISO date or date-time ("2024-03-01", "2024-03-01 06:30:00Z"); a date alone is UTC. */
export function timeOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (!isoDateTime.test(trimmed)) return undefined;
  const withZone = /T|\s/.test(trimmed) && !/(Z|[+-]\d{2}:?\d{2})$/.test(trimmed) ? `${trimmed}Z` : trimmed;
  const time = Date.parse(withZone.replace(" ", "T"));
  return Number.isNaN(time) ? undefined : time;
}

/**
 * A cell as a property value: numbers typed (a leading zero, as in an MMSI or a postcode, stays text), ISO dates
 * and date-times kept as their text, empty cells left out (undefined).
 */
export function cellValue(text: string): string | number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (/^[-+]?0\d/.test(trimmed)) return trimmed;
  return numberOf(trimmed) ?? trimmed;
}
