import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { kindStyle, type LayerKind } from "../symbology/data-layers.ts";
import type { LegendLayer } from "../symbology/legend-model.ts";

/** What a user may draw from one source layer of an archive: its points, its lines or its polygons. */
export const geometryKinds = ["points", "lines", "polygons"] as const;
export type GeometryKind = (typeof geometryKinds)[number];

export const geometryKindText: Record<GeometryKind, string> = {
  points: "Points",
  lines: "Lines",
  polygons: "Polygons",
};

/** One layer drawn from an archive: a source layer, a geometry kind and the imported-layer colour it got. */
export type TileLayer = {
  /** "tiles-" and eight hex digits: the prefix of its MapLibre layer ids and of its features' record ids. */
  id: string;
  archiveId: string;
  sourceLayer: string;
  geometry: GeometryKind;
  color: string;
  title: string;
};

const legendKind: Record<GeometryKind, LayerKind> = { points: "events", lines: "routes", polygons: "areas" };

/** A tile layer's entry in the legends on screen and in pictures: it is on the map while its archive is open. */
export function tileLegendLayer(layer: TileLayer): LegendLayer {
  return {
    id: layer.id,
    title: `${layer.title} (vector tiles)`,
    color: layer.color,
    kind: legendKind[layer.geometry],
  };
}

/** The MapLibre source of an archive: one per archive, shared by every layer drawn from it. */
export function tileSourceId(archiveId: string): string {
  return `tiles-source-${archiveId}`;
}

const geometryTypes: Record<GeometryKind, string[]> = {
  points: ["Point", "MultiPoint"],
  lines: ["LineString", "MultiLineString"],
  polygons: ["Polygon", "MultiPolygon"],
};

function geometryFilter(kind: GeometryKind): ExpressionSpecification {
  return ["in", ["geometry-type"], ["literal", geometryTypes[kind]]];
}

/** The style layers that draw a tile layer, bottom-up; the first is the one clicks query for lines and points. */
export function tileStyleLayers(layer: TileLayer): LayerSpecification[] {
  const common = {
    source: tileSourceId(layer.archiveId),
    "source-layer": layer.sourceLayer,
    filter: geometryFilter(layer.geometry),
  };
  if (layer.geometry === "points") {
    return [
      {
        ...common,
        id: `${layer.id}--marker`,
        type: "circle",
        paint: {
          "circle-color": layer.color,
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 2, 2.5, 8, kindStyle.event.radius],
          "circle-stroke-color": kindStyle.event.strokeColor,
          "circle-stroke-width": ["interpolate", ["linear"], ["zoom"], 2, 0.5, 8, 1.5],
        },
      },
    ];
  }
  if (layer.geometry === "lines") {
    return [
      {
        ...common,
        id: `${layer.id}--line`,
        type: "line",
        layout: { "line-cap": "round", "line-join": "round" },
        paint: {
          "line-color": layer.color,
          "line-width": ["interpolate", ["linear"], ["zoom"], 2, 1.5, 10, 3.5],
        },
      },
    ];
  }
  return [
    {
      ...common,
      id: `${layer.id}--fill`,
      type: "fill",
      paint: { "fill-color": layer.color, "fill-opacity": 0.35 },
    },
    {
      ...common,
      id: `${layer.id}--outline`,
      type: "line",
      paint: { "line-color": layer.color, "line-width": kindStyle.area.outlineWidth },
    },
  ];
}

/** The style layers a click on the map queries: the markers, the lines and the fills. */
export function clickableLayerIds(layers: readonly TileLayer[]): string[] {
  return layers.map((layer) => tileStyleLayers(layer)[0]?.id).filter((id): id is string => id !== undefined);
}

/** Which tile layer a style layer id belongs to. */
export function tileLayerOfStyleLayer(
  layers: readonly TileLayer[],
  styleLayerId: string,
): TileLayer | undefined {
  return layers.find((layer) => styleLayerId.startsWith(`${layer.id}--`));
}
