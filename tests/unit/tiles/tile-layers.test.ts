import { readFileSync } from "node:fs";
import { latest, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { Geometry } from "geojson";
import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import {
  clickableLayerIds,
  geometryKinds,
  type TileLayer,
  tileLayerOfStyleLayer,
  tileSourceId,
  tileStyleLayers,
} from "../../../src/tiles/tile-layers.ts";
import { tileFeatureRecord } from "../../../src/tiles/tile-record.ts";
import { projectPublications } from "../import/import-fixture.ts";

const layer = (geometry: TileLayer["geometry"]): TileLayer => ({
  id: `tiles-0000000${geometryKinds.indexOf(geometry)}`,
  archiveId: "abcdef01",
  sourceLayer: "ships",
  geometry,
  color: "#009e73",
  title: "ships · test.pmtiles",
});

function styleWith(layers: TileLayer[]): StyleSpecification {
  return {
    version: latest.$version as 8,
    sources: {
      [tileSourceId("abcdef01")]: { type: "vector", tiles: ["pmtiles://file-abcdef01/{z}/{x}/{y}"] },
    },
    layers: layers.flatMap(tileStyleLayers),
  };
}

describe("tile layers", () => {
  it.each(geometryKinds)(
    "the %s layer is a valid MapLibre style layer on the archive's source layer",
    (kind) => {
      const style = styleWith([layer(kind)]);
      expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
      for (const spec of style.layers) expect("source-layer" in spec && spec["source-layer"]).toBe("ships");
    },
  );

  it("draws in the layer's imported-layer colour", () => {
    const [marker] = tileStyleLayers(layer("points"));
    expect(marker?.type === "circle" && marker.paint?.["circle-color"]).toBe("#009e73");
    const [fill, outline] = tileStyleLayers(layer("polygons"));
    expect(fill?.type === "fill" && fill.paint?.["fill-color"]).toBe("#009e73");
    expect(outline?.type === "line" && outline.paint?.["line-color"]).toBe("#009e73");
  });

  it("a clicked style layer leads back to its tile layer", () => {
    const layers = geometryKinds.map(layer);
    const ids = clickableLayerIds(layers);
    expect(ids).toHaveLength(3);
    for (const [index, id] of ids.entries()) expect(tileLayerOfStyleLayer(layers, id)).toBe(layers[index]);
  });
});

describe("a clicked tile feature's record", () => {
  const point = { type: "Point" as const, coordinates: [135, 41] };

  it("without sourcing is unsourced, with its own properties listed, like an imported GeoJSON feature", () => {
    const record = tileFeatureRecord(
      { geometry: point, properties: { title: "Test vessel", speed_knots: 8 } },
      4,
      layer("points"),
      new Map(),
    );
    expect(record.id).toBe("tiles-00000000.4");
    expect(record.title).toBe("Test vessel");
    expect(record.unsourced).toBe(true);
    expect(record.fileProperties).toEqual([
      { name: "title", text: "Test vessel" },
      { name: "speed_knots", text: "8" },
    ]);
    expect(record.bounds).toEqual([135, 41, 135, 41]);
  });

  it("a sourced GeoJSON feature, its nested values flattened to JSON text as tippecanoe does, stays sourced", () => {
    const [feature] = (
      JSON.parse(readFileSync("tests/fixtures/import/sourced.geojson", "utf8")) as {
        features: Array<{ geometry: Geometry; properties: Record<string, unknown> }>;
      }
    ).features;
    if (!feature) throw new Error("The fixture has no feature");
    const flattened = Object.fromEntries(
      Object.entries(feature.properties).map(([key, value]) => [
        key,
        typeof value === "object" ? JSON.stringify(value) : value,
      ]),
    );
    const publications = new Map(projectPublications().map((publication) => [publication.id, publication]));
    const record = tileFeatureRecord(
      { geometry: feature.geometry, properties: flattened },
      0,
      layer("lines"),
      publications,
    );
    expect(record.unsourced).toBe(false);
    expect(record.citations.length).toBeGreaterThan(0);
    expect(record.citations.every((citation) => citation.resolved)).toBe(true);
    expect(record.title).toBe(feature.properties.title);
  });
});
