import { describe, expect, it } from "vitest";
import {
  isArchiveName,
  sameOriginArchiveUrl,
  splitArchives,
  tileTypeProblem,
  vectorLayersOf,
} from "../../../src/tiles/archive-checks.ts";

const page = "https://briefing.example.org/app/index.html#map=5/40/130";

describe("archive checks", () => {
  it("a relative or same-origin URL resolves against the page; its absolute form is what is opened", () => {
    expect(sameOriginArchiveUrl("data/ships.pmtiles", page)).toEqual({
      ok: true,
      url: "https://briefing.example.org/app/data/ships.pmtiles",
    });
    expect(sameOriginArchiveUrl("/tiles/a.pmtiles", page)).toEqual({
      ok: true,
      url: "https://briefing.example.org/tiles/a.pmtiles",
    });
  });

  it.each([
    "https://tiles.example.com/ships.pmtiles",
    "http://briefing.example.org/app/ships.pmtiles",
    "https://briefing.example.org:8443/ships.pmtiles",
    "//cdn.example.net/ships.pmtiles",
  ])("%s is on another origin and is refused with a message naming it", (input) => {
    const checked = sameOriginArchiveUrl(input, page);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? "" : checked.message).toContain(
      `${input} is not on this site (https://briefing.example.org)`,
    );
  });

  it("an empty address asks for one; a data: URL is another origin", () => {
    expect(sameOriginArchiveUrl("  ", page).ok).toBe(false);
    expect(sameOriginArchiveUrl("data:application/octet-stream,PMTiles", page).ok).toBe(false);
  });

  it("vector (MVT) archives pass; raster and other tile types are refused naming the file and the type", () => {
    expect(tileTypeProblem(1, "ships.pmtiles")).toBeNull();
    expect(tileTypeProblem(2, "relief.pmtiles")).toBe(
      "relief.pmtiles holds raster PNG tiles: the app opens vector (MVT) archives only, drawn with the imported-layer colours.",
    );
    expect(tileTypeProblem(4, "a.pmtiles")).toContain("raster WebP tiles");
    expect(tileTypeProblem(9, "a.pmtiles")).toContain("tiles of type 9");
  });

  it("source layers come from the metadata's vector_layers, with their field names", () => {
    expect(
      vectorLayersOf(
        {
          vector_layers: [
            { id: "ships", fields: { mmsi: "Number", name: "String" } },
            { id: "ports" },
            { id: 3 },
          ],
        },
        "a.pmtiles",
      ),
    ).toEqual([
      { id: "ships", fields: ["mmsi", "name"] },
      { id: "ports", fields: [] },
    ]);
  });

  it("metadata without named vector layers is a message naming the file", () => {
    expect(vectorLayersOf({ name: "x" }, "a.pmtiles")).toContain("a.pmtiles names no vector layers");
    expect(vectorLayersOf({ vector_layers: [{ fields: {} }] }, "a.pmtiles")).toContain(
      "no named vector layer",
    );
    expect(vectorLayersOf(null, "a.pmtiles")).toContain("a.pmtiles");
  });

  it("dropped .pmtiles files are opened, every other file imported", () => {
    const files = [
      new File(["x"], "ships.PMTiles"),
      new File(["{}"], "a.geojson"),
      new File([""], "pmtiles.csv"),
    ];
    const { archives, others } = splitArchives(files);
    expect(archives.map((file) => file.name)).toEqual(["ships.PMTiles"]);
    expect(others.map((file) => file.name)).toEqual(["a.geojson", "pmtiles.csv"]);
    expect(isArchiveName("x.pmtiles.zip")).toBe(false);
  });
});
