import { expect, test } from "vitest";
import { importBytes } from "../import/import-fixture.ts";
import { importFormatFixture, propertiesOf } from "./format-fixture.ts";

test("GPX: a track is a line with its start and end time, a route a line, waypoints points", async () => {
  const { result, report } = await importFormatFixture("tracks.gpx");
  expect(report.errors).toEqual([]);
  const [layer] = propertiesOf(result);
  expect(layer?.name).toBeNull();
  expect(layer?.features).toEqual([
    {
      type: "LineString",
      properties: {
        title: "Angara",
        period: { start: "2023-08-20", end: "2023-08-23" },
        start_time: "2023-08-20T10:00:00Z",
        end_time: "2023-08-23T10:00:00Z",
        unsourced: true,
      },
    },
    { type: "LineString", properties: { title: "Planned crossing", unsourced: true } },
    {
      type: "Point",
      properties: {
        title: "Rajin",
        claim: "Loading port reported",
        period: { start: "2023-08-20" },
        time: "2023-08-20T08:00:00Z",
        unsourced: true,
      },
    },
    { type: "Point", properties: { title: "Vostochny", unsourced: true } },
  ]);
});

test("GPX: a track of two segments is a MultiLineString spanning both", async () => {
  const gpx = `<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Two legs</name>
    <trkseg><trkpt lat="42.2" lon="130.3"><time>2023-01-01T00:00:00Z</time></trkpt><trkpt lat="42.3" lon="130.4"><time>2023-01-02T00:00:00Z</time></trkpt></trkseg>
    <trkseg><trkpt lat="42.4" lon="130.5"><time>2023-01-05T00:00:00Z</time></trkpt><trkpt lat="42.5" lon="130.6"><time>2023-01-09T00:00:00Z</time></trkpt></trkseg>
  </trk></gpx>`;
  const { result } = await importBytes("legs.gpx", gpx);
  const feature = result.layers[0]?.features[0];
  expect(feature?.geometry.type).toBe("MultiLineString");
  expect(feature?.properties).toMatchObject({
    start_time: "2023-01-01T00:00:00Z",
    end_time: "2023-01-09T00:00:00Z",
    period: { start: "2023-01-01", end: "2023-01-09" },
  });
});

test("GPX: an external entity is never fetched; the file is refused with a message", async () => {
  const { report } = await importFormatFixture("external-entity.gpx");
  expect(report.outcome).toBe("rejected");
  expect(report.errors[0]).toContain("external-entity.gpx: feature -: -: declares XML entities (<!ENTITY>)");
});

test("GPX: a waypoint without coordinates is left out, counted and said", async () => {
  const gpx = `<gpx xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="42.2" lon="130.3"><name>Fine</name></wpt><wpt lat="north" lon="130.3"><name>Broken</name></wpt></gpx>`;
  const { result, report } = await importBytes("broken.gpx", gpx);
  expect(result.layers[0]?.features.map((feature) => feature.properties.title)).toEqual(["Fine"]);
  expect(report.errors).toEqual([
    "broken.gpx: feature -: <wpt>: 1 waypoint without readable coordinates (lat and lon numbers; two points for a line) left out",
  ]);
  expect(report.headline).toBe("broken.gpx: 1 feature imported, 1 of them unsourced; 1 feature left out.");
});
