import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, test } from "vitest";
import type { ExportLayer } from "../../../src/formats/export-layer.ts";
import { kmlDocument } from "../../../src/formats/kml-write.ts";
import { importBytes } from "../import/import-fixture.ts";
import { crossing, samplePublications } from "./format-fixture.ts";

const layer: ExportLayer = {
  title: "Rail & sea",
  color: "#d55e00",
  group: "munitions-flow",
  features: [
    { ...crossing, properties: { ...crossing.properties, unsourced: false } },
    {
      geometry: {
        type: "MultiLineString",
        coordinates: [
          [
            [130, 42],
            [131, 43],
          ],
        ],
      },
      properties: { title: "One-part multi line", confidence: "high" },
    },
    {
      geometry: {
        type: "MultiPoint",
        coordinates: [
          [130, 42],
          [131, 43],
        ],
      },
      properties: { title: "Two points" },
    },
  ],
};

describe("KML export", () => {
  const kml = kmlDocument("Export <test>", [layer], samplePublications);
  const document = new DOMParser().parseFromString(kml, "text/xml");
  const text = (tag: string) => [...document.getElementsByTagName(tag)].map((node) => node.textContent);

  test("is well-formed KML: a legend folder, then one Folder per layer with a Placemark per feature", () => {
    expect(document.documentElement?.localName).toBe("kml");
    expect(text("Folder").length).toBe(2);
    expect(document.getElementsByTagName("Placemark").length).toBe(3);
    expect(text("name").slice(0, 3)).toEqual(["Export <test>", "Legend", "Rail & sea"]);
  });

  test("a style per group and confidence, in KML's aabbggrr colours; the legend says there are no dashes", () => {
    const ids = [...document.getElementsByTagName("Style")].map((style) => style.getAttribute("id"));
    expect(ids).toEqual(["munitions-flow-moderate", "munitions-flow-high", "munitions-flow-unrated"]);
    expect(text("color")[0]).toBe("cc005ed5");
    expect(text("description")[0]).toContain("KML has no dashed lines");
    expect(text("styleUrl")).toEqual([
      "#munitions-flow-moderate",
      "#munitions-flow-high",
      "#munitions-flow-unrated",
    ]);
  });

  test("the readable description: claim, status, confidence, claimant and the source with its link, all escaped", () => {
    const description = text("description")[1] ?? "";
    expect(description).toContain("<p><b>Claim:</b> He said &quot;trains&quot; ]]&gt; and\nships</p>");
    expect(description).toContain("<b>Who claimed it:</b> US government");
    expect(description).toContain(
      '<li>Example Institute, [Trains &amp; ships &lt;analysis&gt;], 2024-02-01 <a href="https://example.org/report?a=1&amp;b=2">',
    );
    expect(description).toContain("<li>missing (not in the project's list of publications)</li>");
    expect(text("name")).toContain("Trains cross, again <script>alert(1)</script>");
    expect(kml).not.toContain("<script>");
  });

  test("TimeSpan from the period; the import's unsourced mark is not written", () => {
    expect(text("begin")).toEqual(["2022-11"]);
    expect(text("end")).toEqual(["2023-03-01"]);
    expect(kml).not.toContain("unsourced");
  });

  test("re-imported: the properties come back; a one-part Multi* comes back single (KML cannot tell them apart)", async () => {
    const { result } = await importBytes("export.kml", kml);
    const [features = []] = result.layers.map((read) => read.features);
    expect(features.map((feature) => feature.geometry.type)).toEqual([
      "LineString",
      "LineString",
      "MultiPoint",
    ]);
    const { unsourced: _mark, ...first } = features[0]?.properties ?? {};
    const { unsourced: _original, ...original } = layer.features[0]?.properties ?? {};
    expect(first).toEqual(original);
  });
});
