import type { LayerSpecification, StyleSpecification } from "maplibre-gl";

/*
 * An imported GeoJSON file is drawn from its raw bytes while its check runs: thin, dashed and pale, with no
 * labels and nothing to click, because nothing of it has been checked yet. Once the check has passed, the same
 * source gets the prepared data and the imported layer's full style replaces these layers.
 */

/** Marks the style layers of a file still being checked (exports leave them out: they are not sourced). */
export const provisionalMetadata = { "supply-map:provisional": true } as const;

export const provisionalStyle = { lineWidth: 1.5, lineDash: [2, 2], fillOpacity: 0.12, radius: 3 } as const;

export function provisionalStyleLayers(source: string, color: string): LayerSpecification[] {
  const metadata = provisionalMetadata;
  return [
    {
      id: `${source}-provisional-fill`,
      type: "fill",
      source,
      metadata,
      filter: ["in", ["geometry-type"], ["literal", ["Polygon", "MultiPolygon"]]],
      paint: { "fill-color": color, "fill-opacity": provisionalStyle.fillOpacity },
    },
    {
      id: `${source}-provisional-line`,
      type: "line",
      source,
      metadata,
      filter: [
        "in",
        ["geometry-type"],
        ["literal", ["LineString", "MultiLineString", "Polygon", "MultiPolygon"]],
      ],
      paint: {
        "line-color": color,
        "line-width": provisionalStyle.lineWidth,
        "line-dasharray": [...provisionalStyle.lineDash],
        "line-opacity": 0.8,
      },
    },
    {
      id: `${source}-provisional-point`,
      type: "circle",
      source,
      metadata,
      filter: ["in", ["geometry-type"], ["literal", ["Point", "MultiPoint"]]],
      paint: {
        "circle-color": color,
        "circle-radius": provisionalStyle.radius,
        "circle-opacity": 0.7,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1,
      },
    },
  ];
}

export function isProvisionalLayer(layer: LayerSpecification): boolean {
  const metadata = layer.metadata as Record<string, unknown> | undefined;
  return metadata?.["supply-map:provisional"] === true;
}

/**
 * The style without the files still being checked: their layers, and the sources only they draw. A picture for
 * a briefing shows what has passed the check, nothing else.
 */
export function withoutProvisional(style: StyleSpecification): StyleSpecification {
  const provisional = style.layers.filter(isProvisionalLayer);
  if (provisional.length === 0) return style;
  const layers = style.layers.filter((layer) => !isProvisionalLayer(layer));
  const used = new Set(layers.flatMap((layer) => ("source" in layer ? [layer.source] : [])));
  const sources = Object.fromEntries(
    Object.entries(style.sources).filter(
      ([id]) => used.has(id) || !provisional.some((layer) => "source" in layer && layer.source === id),
    ),
  );
  return { ...style, layers, sources };
}
