import { type F, type Folder, kmlWithFolders } from "@tmcw/togeojson";
import type { DataProblem } from "../data/problem-text.ts";
import { placemarkProperties } from "./kml-properties.ts";
import type { ReadFeature, ReadLayer, ReadResult } from "./read-result.ts";
import { parseXml } from "./xml-document.ts";

type Geometry = { type: string; coordinates?: unknown; geometries?: Geometry[] };

const multiOf: Readonly<Record<string, string>> = {
  Point: "MultiPoint",
  MultiPoint: "MultiPoint",
  LineString: "MultiLineString",
  MultiLineString: "MultiLineString",
  Polygon: "MultiPolygon",
  MultiPolygon: "MultiPolygon",
};

function flatten(geometry: Geometry): Geometry[] {
  return geometry.type === "GeometryCollection" ? (geometry.geometries ?? []).flatMap(flatten) : [geometry];
}

/**
 * A MultiGeometry as the app's geometries: one Multi* of each kind it holds (points, lines, polygons); a
 * Placemark mixing kinds becomes one feature per kind. Anything else is passed on for the schema to judge.
 */
function geometriesOf(geometry: Geometry | null): Array<Geometry | null> {
  if (geometry?.type !== "GeometryCollection") return [geometry];
  const byKind = new Map<string, unknown[]>();
  for (const part of flatten(geometry)) {
    const multi = multiOf[part.type];
    if (!multi) return [part];
    const single = multi !== part.type;
    const list = byKind.get(multi) ?? [];
    list.push(...(single ? [part.coordinates] : (part.coordinates as unknown[])));
    byKind.set(multi, list);
  }
  if (byKind.size === 0) return [null];
  return [...byKind].map(([type, coordinates]) =>
    coordinates.length === 1 ? { type: type.slice(5), coordinates: coordinates[0] } : { type, coordinates },
  );
}

function folderName(folder: Folder): string {
  const name = folder.meta.name;
  return typeof name === "string" && name.trim() !== "" ? name.trim() : "Untitled folder";
}

type Walk = { fileName: string; index: number; layers: Map<string, ReadLayer>; problems: DataProblem[] };

function placemarkLabel(index: number, name: unknown): string {
  return typeof name === "string" && name.trim() !== ""
    ? `placemark #${index} ${JSON.stringify(name.trim().slice(0, 80))}`
    : `placemark #${index}`;
}

function addPlacemark(feature: F, path: string | null, walk: Walk): void {
  const raw = (feature.properties ?? {}) as Record<string, unknown>;
  const label = placemarkLabel(walk.index++, raw.name);
  const { properties, problems } = placemarkProperties(raw, { file: walk.fileName, feature: label });
  walk.problems.push(...problems);
  const key = path ?? "";
  const layer = walk.layers.get(key) ?? { name: path, features: [] };
  walk.layers.set(key, layer);
  const parts = geometriesOf(feature.geometry as Geometry | null);
  for (const [part, geometry] of parts.entries()) {
    const read: ReadFeature = {
      feature: { type: "Feature", geometry, properties: { ...properties } },
      label: parts.length === 1 ? label : `${label} (${geometry?.type ?? "part"} ${part + 1})`,
    };
    layer.features.push(read);
  }
}

function walkChildren(children: Array<Folder | F>, path: string | null, walk: Walk): void {
  for (const child of children) {
    if (child.type === "folder") {
      const name = folderName(child);
      walkChildren(child.children, path === null ? name : `${path} / ${name}`, walk);
    } else {
      addPlacemark(child, path, walk);
    }
  }
}

/**
 * KML as layers: one per Folder that holds Placemarks (nested folders named by their path, "A / B"), and one
 * for the Placemarks outside any folder. Styles are not read.
 */
export function readKml(fileName: string, text: string): ReadResult {
  const document = parseXml(text);
  if ("problem" in document) return { refused: document.problem };
  const root = document.documentElement;
  if (root?.localName !== "kml")
    return { refused: `has <${root?.localName ?? "nothing"}> at its root; expected a KML document (<kml>)` };
  const walk: Walk = { fileName, index: 0, layers: new Map(), problems: [] };
  walkChildren(kmlWithFolders(document).children, null, walk);
  return { layers: [...walk.layers.values()], problems: walk.problems };
}
