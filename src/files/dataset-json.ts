/**
 * The formatting of the committed files in geojson/ (layers, places, publications): `JSON.stringify` with two
 * spaces, except that an array of numbers (a position, a bounding box) stays on one line, so that a diff of
 * geometry shows the positions that moved. The route builder and the editor's export both write with this, so
 * an exported file differs from the committed one only where the data changed. tour.json is formatted by hand
 * and is not written by either.
 */
export function formatDatasetJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(/\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g, (_, inner: string) => `[${inner.replace(/\s+/g, " ")}]`)}\n`;
}
