import type { PlacePoint } from "./place-route.ts";

export type ScreenPoint = { x: number; y: number };

/** The place nearest to `point` within `pixels` (screen distance through `project`), or null. */
export function snapToPlace(
  point: ScreenPoint,
  places: readonly PlacePoint[],
  project: (lngLat: [number, number]) => ScreenPoint,
  pixels = 12,
): PlacePoint | null {
  let nearest: PlacePoint | null = null;
  let nearestDistance = pixels;
  for (const place of places) {
    const projected = project(place.coordinates);
    const distance = Math.hypot(projected.x - point.x, projected.y - point.y);
    if (distance <= nearestDistance) {
      nearest = place;
      nearestDistance = distance;
    }
  }
  return nearest;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The named points of a places FeatureCollection (geojson/places.geojson's shape). Features that are not points
 * with an id are left out; a value that is not a FeatureCollection is an error.
 */
export function placePointsFrom(placesGeojson: unknown): PlacePoint[] {
  if (
    !isRecord(placesGeojson) ||
    placesGeojson.type !== "FeatureCollection" ||
    !Array.isArray(placesGeojson.features)
  )
    throw new Error("places must be a GeoJSON FeatureCollection");
  return placesGeojson.features.flatMap((feature): PlacePoint[] => {
    if (!isRecord(feature) || !isRecord(feature.geometry) || !isRecord(feature.properties)) return [];
    const { id, name } = feature.properties;
    const coordinates = feature.geometry.coordinates;
    if (feature.geometry.type !== "Point" || typeof id !== "string" || !Array.isArray(coordinates)) return [];
    const [longitude, latitude] = coordinates;
    if (typeof longitude !== "number" || typeof latitude !== "number") return [];
    return [{ id, name: typeof name === "string" ? name : id, coordinates: [longitude, latitude] }];
  });
}
