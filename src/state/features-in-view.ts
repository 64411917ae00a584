/** [west, south, east, north] in degrees; a map's view may run past ±180° where it crosses the antimeridian. */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

/** Whether two boxes overlap, the feature's taken as it is and one world to either side. */
function overlaps(feature: Bounds, view: Bounds): boolean {
  if (feature[1] > view[3] || feature[3] < view[1]) return false;
  return [-360, 0, 360].some((shift) => feature[0] + shift <= view[2] && feature[2] + shift >= view[0]);
}

/** The ids of the features whose bounds reach into the view: what the feature table lists when asked. */
export function idsInView(
  features: ReadonlyArray<{ id: string; bounds: Bounds }>,
  view: Bounds,
): ReadonlySet<string> {
  if (view[2] - view[0] >= 360) return new Set(features.map((feature) => feature.id));
  return new Set(features.filter((feature) => overlaps(feature.bounds, view)).map((feature) => feature.id));
}
