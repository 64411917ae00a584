import { createPropertyExpression, latest, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, test } from "vitest";
import {
  collidingLabelIds,
  contextEncoding,
  interactiveLayerIds,
  type LayerKind,
  styleLayersFor,
} from "../../../src/symbology/data-layers.ts";
import { globalStateDefaults } from "../../../src/symbology/filter-expression.ts";

const kinds: LayerKind[] = ["routes", "events", "places", "areas"];

function styleWith(kind: LayerKind) {
  return {
    version: 8 as const,
    state: globalStateDefaults,
    "font-faces": {
      "Noto Sans Regular": [{ url: "http://app.test/regular.woff2" }],
      "Noto Sans Bold": [{ url: "http://app.test/bold.woff2" }],
    },
    sources: {
      sample: { type: "geojson" as const, data: { type: "FeatureCollection" as const, features: [] } },
    },
    layers: styleLayersFor({ id: "sample", color: "#d55e00", kind }),
  };
}

describe("data layer styles", () => {
  test.each(kinds)("the %s layers pass the MapLibre style-spec validator", (kind) => {
    expect(validateStyleMin(styleWith(kind)).map((error) => error.message)).toEqual([]);
  });

  test.each(kinds)("every %s layer draws a hidden feature fully transparent", (kind) => {
    for (const layer of styleLayersFor({ id: "sample", color: "#000000", kind })) {
      const paint = ("paint" in layer ? layer.paint : {}) as Record<string, unknown>;
      const opacities = Object.keys(paint).filter((name) => name.endsWith("opacity"));
      expect(opacities.length, layer.id).toBeGreaterThan(0);
      for (const name of opacities) {
        const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`]?.[
          name
        ];
        if (!spec) throw new Error(`${layer.id}: no spec for ${name} (${layer.type})`);
        const compiled = createPropertyExpression(paint[name], name, spec as never);
        if (compiled.result !== "success") throw new Error(`${layer.id} ${name}: did not compile`);
        const feature = {
          type: 2,
          properties: { confidence: "high", geometry_precision: "exact" },
          geometry: [],
        } as never;
        const at = (hidden: boolean) =>
          compiled.value.evaluate({ zoom: 5 }, feature, hidden ? { hidden: true } : {});
        expect([layer.id, name, at(true)]).toEqual([layer.id, name, 0]);
        // A shield is never drawn: it only keeps the basemap's towns off the data's markers.
        if (layer.id.endsWith("--shield")) continue;
        expect(at(false), `${layer.id} ${name} shown`).toBeGreaterThan(0);
      }
    }
  });

  test.each(kinds)("only the %s labels that collide read the filters' global state", (kind) => {
    const styled = { id: "sample", color: "#000000", kind };
    const labels = new Set(collidingLabelIds(styled));
    for (const layer of styleLayersFor(styled)) {
      const readsState = JSON.stringify("filter" in layer ? layer.filter : null).includes("global-state");
      // Places have no period or confidence: nothing to filter.
      expect([layer.id, readsState]).toEqual([layer.id, labels.has(layer.id) && kind !== "places"]);
    }
    // Route arrows overlap freely: routes have no label that collides. Place dots have a shield besides.
    expect(labels.size).toBe({ routes: 0, areas: 1, events: 1, places: 2 }[kind]);
  });

  test("routes draw a casing, the line, direction arrows and a crossing ring; clicks hit the line only", () => {
    const layer = { id: "rail", color: "#d55e00", kind: "routes" as const };
    expect(styleLayersFor(layer).map((style) => style.id)).toEqual([
      "rail--casing",
      "rail--line",
      "rail--arrows",
      "rail--crossing-ring",
    ]);
    expect(interactiveLayerIds(layer)).toEqual(["rail--line"]);
  });

  test("context routes are thinner and lighter than flows, and have no crossing ring", () => {
    const paintOf = (role: "flow" | "context", id: string) => {
      const style = styleLayersFor({ id: "journey", color: "#000000", kind: "routes", role }).find(
        (layer) => layer.id === `journey--${id}`,
      );
      return JSON.stringify(style && "paint" in style ? style.paint : null);
    };
    expect(paintOf("context", "line")).not.toEqual(paintOf("flow", "line"));
    expect(paintOf("context", "line")).toContain(String(contextEncoding.opacity * 0.6));
    const ids = styleLayersFor({ id: "journey", color: "#000000", kind: "routes", role: "context" }).map(
      (layer) => layer.id,
    );
    expect(ids).not.toContain("journey--crossing-ring");
  });

  test("confidence sets the dash pattern of route lines", () => {
    const line = styleLayersFor({ id: "rail", color: "#d55e00", kind: "routes" })[1];
    const dash = JSON.stringify(line && "paint" in line ? line.paint?.["line-dasharray" as never] : null);
    expect(dash).toContain('"high",["literal",[1,0]]');
    expect(dash).toContain('"moderate",["literal",[3,2]]');
    expect(dash).toContain('"low",["literal",[0,2]]');
  });
});
