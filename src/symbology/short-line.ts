/**
 * Lines too short to see at small scales get a ring there (see `crossingRingLayer` in data-layers.ts): the
 * Tumangang–Khasan crossing over the Friendship Bridge, the map's headline, is about 4 km long, two or three
 * pixels at the first view. Ten kilometres is about 30 pixels at zoom 7, where the ring gives way to the line.
 */
export const shortLineKm = 10;

const earthRadiusKm = 6371;

/** Whether a line's length is below `shortLineKm` (equirectangular steps: exact enough for lines this short). */
export function isShortLine(coordinates: readonly (readonly number[])[]): boolean {
  let total = 0;
  for (let index = 1; index < coordinates.length; index++) {
    const [fromLongitude = 0, fromLatitude = 0] = coordinates[index - 1] ?? [];
    const [toLongitude = 0, toLatitude = 0] = coordinates[index] ?? [];
    const middle = (((fromLatitude + toLatitude) / 2) * Math.PI) / 180;
    const x = (((toLongitude - fromLongitude) * Math.PI) / 180) * Math.cos(middle);
    const y = ((toLatitude - fromLatitude) * Math.PI) / 180;
    total += Math.hypot(x, y) * earthRadiusKm;
    if (total >= shortLineKm) return false;
  }
  return coordinates.length > 1;
}
