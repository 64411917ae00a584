import { type LayerGroup, layerGroups as manifestGroups } from "../data/layer-groups.ts";

export type LayerGroupId = LayerGroup | "imported";

const titles: Record<LayerGroupId, string> = {
  "munitions-flow": "Munitions flow",
  "disguised-transit": "Disguised transit",
  "return-flow": "Return flow",
  "labour-flow": "Labour flow",
  "troop-deployment": "Troop deployment",
  "visits-events": "Visits and events",
  places: "Places",
  imported: "Imported (your files)",
};

/** Layer groups in panel order (the manifest's, then the analyst's imports), with the titles the panel shows. */
export const layerGroups: ReadonlyArray<{ id: LayerGroupId; title: string }> = [
  ...manifestGroups,
  "imported" as const,
].map((id) => ({ id, title: titles[id] }));

export function groupOrder(id: string): number {
  const index = layerGroups.findIndex((group) => group.id === id);
  return index < 0 ? layerGroups.length : index;
}

/** Groups whose routes give context (journeys, visits) rather than show a flow; drawn thinner. */
export function roleOfGroup(id: string): "flow" | "context" {
  return id === "visits-events" || id === "places" ? "context" : "flow";
}
