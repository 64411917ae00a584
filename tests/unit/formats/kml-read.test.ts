import { describe, expect, test } from "vitest";
import { kmzOf, lyingZipBomb, zipBomb } from "../../fixtures/formats/generate.ts";
import { importBytes } from "../import/import-fixture.ts";
import { formatFixture, importFormatFixture, propertiesOf } from "./format-fixture.ts";

describe("KML", () => {
  test("folders become layers named by their path; name, description, time and ExtendedData become properties", async () => {
    const { result, report } = await importFormatFixture("folders.kml");
    expect(report.errors).toEqual([]);
    const layers = propertiesOf(result);
    expect(layers.map((layer) => layer.name)).toEqual(["Rail", "Sea / Ports", "Sea"]);
    const [rail, ports, sea] = layers;
    expect(rail?.features[0]).toEqual({
      type: "LineString",
      properties: {
        title: "Tumangang to Khasan",
        claim: "Trains reported crossing.\nSeen on imagery & in statements.",
        period: { start: "2022-11-18", end: "2023-03-01" },
        analyst: "J. Doe",
        source_url: "https://example.org/report",
        unsourced: true,
      },
    });
    expect(rail?.features[1]?.properties.period).toEqual({ start: "2023-09-13" });
    // A MultiGeometry of points is one MultiPoint; one of a polygon and a line becomes one feature of each.
    expect(ports?.features.map((feature) => feature.type)).toEqual(["MultiPoint", "Polygon", "LineString"]);
    // gx:Track: a line whose period runs from its first to its last time.
    expect(sea?.features[0]).toMatchObject({
      type: "LineString",
      properties: { title: "Angara track", period: { start: "2023-08-20", end: "2023-08-22" } },
    });
  });

  test("the HTML of a description is text: script and image tags are gone, not escaped into the claim", async () => {
    const { result } = await importFormatFixture("folders.kml");
    const claim = String(result.layers[0]?.features[0]?.properties.claim);
    expect(claim).not.toMatch(/<|script|onerror|__pwned/);
  });

  test("a Google My Maps export: its folder is a layer, styles are not imported, ExtendedData kept", async () => {
    const { result } = await importFormatFixture("my-maps.kml");
    const [layer] = propertiesOf(result);
    expect(layer?.name).toBe("Untitled layer");
    expect(layer?.features[0]?.properties).toEqual({
      title: "Dunai",
      claim: "Naval facility\nContainers unloaded here (reported)",
      Category: "port",
      Reported: "2023-10",
      unsourced: true,
    });
    expect(Object.keys(layer?.features[1]?.properties ?? {})).toEqual(["title", "unsourced"]);
  });

  test("a bad placemark is named by index and name with its field; the good one is imported", async () => {
    const { report, result } = await importFormatFixture("bad-placemarks.kml");
    expect(result.summary).toEqual({ total: 3, imported: 1, unsourced: 1 });
    expect(report.errors).toEqual([
      'bad-placemarks.kml: placemark #1 "Out of range": geometry.coordinates[0]: longitude is 200; expected -180 to 180 (GeoJSON order is [longitude, latitude]; is the pair swapped?)',
      'bad-placemarks.kml: placemark #2 "No geometry": geometry: is null; expected a geometry (a feature without one is listed here but cannot be drawn)',
    ]);
  });

  test("an entity-expansion file (billion laughs) is refused at once with a message", async () => {
    const started = performance.now();
    const { report } = await importFormatFixture("billion-laughs.kml");
    expect(report.outcome).toBe("rejected");
    expect(report.errors).toEqual([
      "billion-laughs.kml: feature -: -: declares XML entities (<!ENTITY>); expected KML or GPX without a document type declaration — entity declarations can expand a small file to gigabytes, so it was not read",
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test("XML that is not well-formed is refused naming the file", async () => {
    const { report } = await importFormatFixture("not-well-formed.kml");
    expect(report.errors[0]).toMatch(/^not-well-formed\.kml: feature -: -: is not well-formed XML: /);
  });

  test("a GPX or HTML file named .kml is refused: its root is not <kml>", async () => {
    const { report } = await importBytes("route.kml", formatFixture("tracks.gpx"));
    expect(report.errors).toEqual([
      "route.kml: feature -: -: has <gpx> at its root; expected a KML document (<kml>)",
    ]);
  });
});

describe("KMZ", () => {
  const kml = new TextDecoder().decode(formatFixture("folders.kml"));

  test("doc.kml in a nested folder is read; the image beside it is ignored", async () => {
    const { result } = await importBytes("analyst.kmz", kmzOf(kml));
    expect(result.layers.map((layer) => layer.name)).toEqual(["Rail", "Sea / Ports", "Sea"]);
  });

  test("a zip bomb is refused by its declared size, before inflating", async () => {
    const { report } = await importBytes("bomb.kmz", zipBomb(3 * 1024 * 1024), { maximumBytes: 1024 * 1024 });
    expect(report.errors).toEqual([
      "bomb.kmz: feature -: -: says doc.kml unzips to 3 MB; expected at most 1 MB — it was not unzipped",
    ]);
  });

  test("a zip bomb that lies about its size is stopped while inflating", async () => {
    const { report } = await importBytes("liar.kmz", lyingZipBomb(3 * 1024 * 1024), {
      maximumBytes: 1024 * 1024,
    });
    expect(report.errors).toEqual([
      "liar.kmz: feature -: -: unzips to more than 1 MB (doc.kml); expected at most 1 MB — a zip bomb or a file to split; it was not read",
    ]);
  });

  // Building the 101 MB file takes a few seconds on a busy machine.
  test("at the real limit: a 101 MB doc.kml is refused", { timeout: 60_000 }, async () => {
    const { report } = await importBytes("big.kmz", zipBomb(101 * 1024 * 1024));
    expect(report.errors[0]).toContain("unzips to 101 MB; expected at most 100 MB");
  });

  test("a zip without KML, and bytes that are no zip, are refused", async () => {
    const { zipSync } = await import("fflate");
    const noKml = await importBytes("images.kmz", zipSync({ "a.png": new Uint8Array([1, 2, 3]) }));
    expect(noKml.report.errors).toEqual([
      "images.kmz: feature -: -: holds no .kml file; expected a KMZ with doc.kml inside",
    ]);
    const notZip = await importBytes("text.kmz", "not a zip");
    expect(notZip.report.errors[0]).toMatch(/^text\.kmz: feature -: -: is not a readable KMZ \(zip\) file/);
  });
});

test("a description that quotes an entity declaration is text, not a declaration", async () => {
  const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Quote</name><description><![CDATA[<!DOCTYPE x [<!ENTITY a "b">]>]]></description><Point><coordinates>130.3,42.25</coordinates></Point></Placemark></kml>`;
  const { result, report } = await importBytes("quote.kml", kml);
  expect(report.errors).toEqual([]);
  expect(result.layers[0]?.features[0]?.properties.title).toBe("Quote");
});
