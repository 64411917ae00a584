/** The manifest's layer groups in panel order, and the kinds of layer (zod-free: the page reads these). */
export const layerGroups = [
  "munitions-flow",
  "disguised-transit",
  "return-flow",
  "labour-flow",
  "troop-deployment",
  "visits-events",
  "places",
] as const;
export type LayerGroup = (typeof layerGroups)[number];

export const layerKinds = ["routes", "events", "places", "areas"] as const;
export type LayerKind = (typeof layerKinds)[number];
