import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { buildPlaceRoute, type PlacePoint, placePointsFrom } from "../../../src/routing/index.ts";

const geojson = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../geojson/${file}`, import.meta.url), "utf8")) as {
    features: Array<{ geometry: { coordinates: unknown }; properties: { id: string } }>;
  };
const places = new Map(placePointsFrom(geojson("places.geojson")).map((place) => [place.id, place]));
const shipped = (file: string, id: string) =>
  geojson(file).features.find((feature) => feature.properties.id === id)?.geometry.coordinates;

describe("buildPlaceRoute", () => {
  test("a sea leg Rajin → Vostochny is the shipped container route, drawn along its offshore lane", () => {
    const route = buildPlaceRoute(["rajin-port", "vostochny-port"], ["sea"], places);
    expect(route.geometry.coordinates).toEqual(
      shipped("container-route.geojson", "sea-rajin-vostochny-2023"),
    );
    expect(route.waypoints).toEqual(["rajin-port", "vostochny-port"]);
    expect(route.schematic).toBe(false);
    expect(route.legNotes).toHaveLength(1);
    expect(route.legNotes[0]).toMatch(/offshore lane/);
    expect(route.legNotes[0]).toMatch(/not a reported track/);
  });

  test("the sea leg back, Vostochny → Rajin, is the same line reversed", () => {
    const there = buildPlaceRoute(["rajin-port", "vostochny-port"], ["sea"], places);
    const back = buildPlaceRoute(["vostochny-port", "rajin-port"], ["sea"], places);
    expect(back.geometry.coordinates).toEqual([...there.geometry.coordinates].reverse());
    expect(back.geometry.coordinates).toEqual(
      shipped("return-flow-2024.geojson", "return-oil-vostochny-2024"),
    );
  });

  test("rail legs follow the known railways, either way", () => {
    const route = buildPlaceRoute(["khasan-station", "ussuriysk", "khabarovsk"], ["rail", "rail"], places);
    expect(route.geometry.coordinates.length).toBe(3 + 12 + 4);
    expect(route.schematic).toBe(false);
    const back = buildPlaceRoute(["khabarovsk", "ussuriysk", "khasan-station"], ["rail", "rail"], places);
    expect(back.geometry.coordinates).toEqual([...route.geometry.coordinates].reverse());
  });

  test("a sea leg between places with no known lane is drawn straight, and its note says so", () => {
    const route = buildPlaceRoute(["wonsan", "vostochny-port"], ["sea"], places);
    expect(route.geometry.coordinates).toEqual([
      [127.4308, 39.1605],
      [133.067, 42.733],
    ]);
    expect(route.schematic).toBe(true);
    expect(route.legNotes).toEqual([
      "no offshore lane is known for Wonsan–Vostochny port (Nakhodka): drawn straight; check it stays at sea.",
    ]);
  });

  test("a rail leg with no known railway is drawn straight, and its note says so", () => {
    const route = buildPlaceRoute(["moscow", "kursk"], ["rail"], places);
    expect(route.geometry.coordinates).toHaveLength(2);
    expect(route.schematic).toBe(true);
    expect(route.legNotes[0]).toMatch(/^no railway line is known for Moscow–Kursk: drawn straight/);
  });

  test("one note per leg; a straight or great-circle leg makes the route schematic", () => {
    const route = buildPlaceRoute(
      ["hamhung", "chongjin", "vladivostok", "moscow"],
      ["sea", "sea", "great-circle"],
      places,
    );
    expect(route.legNotes).toHaveLength(3);
    expect(route.schematic).toBe(true);
    expect(route.legNotes[2]).toMatch(/great circle/);
    expect(buildPlaceRoute(["hamhung", "chongjin"], ["straight"], places).schematic).toBe(true);
    expect(buildPlaceRoute(["hamhung", "chongjin", "vladivostok"], ["sea", "sea"], places).schematic).toBe(
      false,
    );
  });

  test("a great-circle leg is the shipped flight: 48 points, rounded to five decimals", () => {
    const route = buildPlaceRoute(["moscow", "pyongyang"], ["great-circle"], places);
    expect(route.geometry.coordinates).toHaveLength(48);
    expect(route.geometry.coordinates).toEqual(
      shipped("new-links.geojson", "flights-moscow-pyongyang-2025-07"),
    );
    for (const position of route.geometry.coordinates)
      for (const value of position) expect(Math.round(value * 1e5) / 1e5).toBe(value);
  });

  test("an unknown place, fewer than two stops or the wrong number of legs is an error that says which", () => {
    expect(() => buildPlaceRoute(["rajin-port", "atlantis"], ["sea"], places)).toThrow(
      /"atlantis" is not a known place/,
    );
    expect(() => buildPlaceRoute(["rajin-port"], [], places)).toThrow(/at least two stops/);
    expect(() => buildPlaceRoute(["rajin-port", "vostochny-port"], ["sea", "sea"], places)).toThrow(
      /2 stops has 1 legs, not 2/,
    );
  });

  test("stops that are the caller's own places work too", () => {
    const fictional: PlacePoint[] = [
      { id: "a", name: "Test place A", coordinates: [10, 10] },
      { id: "b", name: "Test place B", coordinates: [10.123456789, 11] },
    ];
    const route = buildPlaceRoute(
      ["a", "b"],
      ["straight"],
      new Map(fictional.map((place) => [place.id, place])),
    );
    expect(route.geometry.coordinates).toEqual([
      [10, 10],
      [10.12346, 11],
    ]);
    expect(route.legNotes).toEqual(["Test place A–Test place B: drawn straight, a schematic line."]);
  });
});
