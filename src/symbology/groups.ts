/** Layer groups in panel order, with the titles the panel and legend show. */
export const layerGroups = [
  { id: "munitions-flow", title: "Munitions flow" },
  { id: "disguised-transit", title: "Disguised transit" },
  { id: "return-flow", title: "Return flow" },
  { id: "labour-flow", title: "Labour flow" },
  { id: "troop-deployment", title: "Troop deployment" },
  { id: "visits-events", title: "Visits and events" },
  { id: "places", title: "Places" },
  { id: "imported", title: "Imported (your files)" },
] as const;

export type LayerGroupId = (typeof layerGroups)[number]["id"];

export function groupTitle(id: string): string {
  return layerGroups.find((group) => group.id === id)?.title ?? id;
}

export function groupOrder(id: string): number {
  const index = layerGroups.findIndex((group) => group.id === id);
  return index < 0 ? layerGroups.length : index;
}

/** Groups whose routes give context (journeys, visits) rather than show a flow; drawn thinner. */
export function roleOfGroup(id: string): "flow" | "context" {
  return id === "visits-events" || id === "places" ? "context" : "flow";
}
