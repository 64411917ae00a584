import type { ExportFeature, ExportLayer, PublicationIndex } from "./export-layer.ts";
import { kmlPropertiesMarker } from "./kml-encoding.ts";
import { confidenceOf, legendText, styleId, styleXml } from "./kml-styles.ts";
import { claimantsOf, periodText, sourcesOf, titleOf } from "./sourcing-text.ts";
import { xmlText } from "./xml-text.ts";

type Position = number[];

function coordinates(line: readonly Position[]): string {
  return `<coordinates>${line.map((position) => position.join(",")).join(" ")}</coordinates>`;
}

function polygon(rings: readonly Position[][]): string {
  const [outer = [], ...inner] = rings;
  return [
    "<Polygon>",
    `<outerBoundaryIs><LinearRing>${coordinates(outer)}</LinearRing></outerBoundaryIs>`,
    ...inner.map(
      (ring) => `<innerBoundaryIs><LinearRing>${coordinates(ring)}</LinearRing></innerBoundaryIs>`,
    ),
    "</Polygon>",
  ].join("");
}

function geometryXml(geometry: ExportFeature["geometry"]): string {
  if (!geometry) return "";
  const c = geometry.coordinates as never;
  const line = (positions: Position[]) =>
    `<LineString><tessellate>1</tessellate>${coordinates(positions)}</LineString>`;
  const point = (position: Position) => `<Point>${coordinates([position])}</Point>`;
  switch (geometry.type) {
    case "Point":
      return point(c);
    case "LineString":
      return line(c);
    case "Polygon":
      return polygon(c);
    case "MultiPoint":
      return `<MultiGeometry>${(c as Position[]).map(point).join("")}</MultiGeometry>`;
    case "MultiLineString":
      return `<MultiGeometry>${(c as Position[][]).map(line).join("")}</MultiGeometry>`;
    case "MultiPolygon":
      return `<MultiGeometry>${(c as Position[][][]).map(polygon).join("")}</MultiGeometry>`;
    default:
      return "";
  }
}

function cdata(html: string): string {
  return `<![CDATA[${html.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** What Google Earth shows in the balloon: the claim and its sourcing, as escaped HTML with plain links. */
function descriptionHtml(properties: Record<string, unknown>, publications: PublicationIndex): string {
  const row = (label: string, value: unknown) =>
    typeof value === "string" && value !== "" ? `<p><b>${xmlText(label)}:</b> ${xmlText(value)}</p>` : "";
  const period = periodText(properties.period);
  const sources = sourcesOf(properties, publications).map(
    (source) =>
      `<li>${xmlText(source.text)}${source.url ? ` <a href="${xmlText(source.url)}">${xmlText(source.url)}</a>` : ""}</li>`,
  );
  return [
    row("Claim", properties.claim),
    row("Status", properties.status),
    row("Confidence", properties.confidence),
    row("Why this confidence", properties.confidence_note),
    row("Who claimed it", claimantsOf(properties).join("; ")),
    row("Period", period.start ? `${period.start} – ${period.end ?? "ongoing"}` : undefined),
    row("Geometry", properties.geometry_precision),
    sources.length > 0 ? `<p><b>Sources:</b></p><ol>${sources.join("")}</ol>` : "",
  ].join("");
}

/** Every property, JSON-encoded, with the marker listing their names: a re-import gives them back as they were. */
function extendedData(properties: Record<string, unknown>): string {
  const names = Object.keys(properties);
  const data = (name: string, value: string) =>
    `<Data name="${xmlText(name)}"><value>${xmlText(value)}</value></Data>`;
  return `<ExtendedData>${data(kmlPropertiesMarker, JSON.stringify(names))}${names
    .map((name) => data(name, JSON.stringify(properties[name])))
    .join("")}</ExtendedData>`;
}

function placemark(feature: ExportFeature, group: string, publications: PublicationIndex): string {
  const { unsourced: _mark, ...properties } = feature.properties ?? {};
  const period = periodText(properties.period);
  const time = period.start
    ? `<TimeSpan><begin>${xmlText(period.start)}</begin>${period.end ? `<end>${xmlText(period.end)}</end>` : ""}</TimeSpan>`
    : "";
  return [
    "<Placemark>",
    `<name>${xmlText(titleOf(properties))}</name>`,
    `<description>${cdata(descriptionHtml(properties, publications))}</description>`,
    time,
    `<styleUrl>#${styleId(group, confidenceOf(properties))}</styleUrl>`,
    extendedData(properties),
    geometryXml(feature.geometry),
    "</Placemark>",
  ].join("");
}

function styles(layers: readonly ExportLayer[]): string {
  const written = new Map<string, string>();
  for (const layer of layers) {
    for (const feature of layer.features) {
      const confidence = confidenceOf(feature.properties ?? {});
      const id = styleId(layer.group, confidence);
      if (!written.has(id)) written.set(id, styleXml(id, layer.color, confidence));
    }
  }
  return [...written.values()].join("\n");
}

/**
 * A KML document that opens in Google Earth: one Folder per layer, a Style per group and confidence, and each
 * Placemark with a readable description and ExtendedData holding every property (see kml-encoding.ts).
 */
export function kmlDocument(
  title: string,
  layers: readonly ExportLayer[],
  publications: PublicationIndex,
): string {
  const folders = layers.map((layer) =>
    [
      `<Folder><name>${xmlText(layer.title)}</name>`,
      ...layer.features.map((feature) => placemark(feature, layer.group, publications)),
      "</Folder>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    `<Document><name>${xmlText(title)}</name>`,
    styles(layers),
    `<Folder><name>Legend</name><description>${xmlText(legendText())}</description></Folder>`,
    ...folders,
    "</Document>",
    "</kml>",
    "",
  ].join("\n");
}
