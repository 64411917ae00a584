import { expect, test } from "vitest";
import { formatProblem, isPlaceFeature } from "../../src/data/index.ts";
import { realDataset, realFiles, routeFeatures } from "./load-real-data.ts";

const { dataset, problems } = realDataset();
const routes = routeFeatures(dataset);

test("every file in geojson/ passes the validator's schema and rules", () => {
  expect(problems.map(formatProblem)).toEqual([]);
});

test("every file in geojson/ is the publication list, the manifest, the tour or a manifest layer", () => {
  const expected = [
    "publications.json",
    "layers.json",
    "tour.json",
    ...dataset.manifest.layers.map((entry) => entry.file),
  ].sort();
  expect(Object.keys(realFiles()).sort()).toEqual(expected);
});

test("every layer in the manifest has at least one feature", () => {
  const empty = dataset.layers
    .filter((layer) => layer.collection.features.length === 0)
    .map((layer) => layer.entry.id);
  expect(empty).toEqual([]);
});

test("feature ids are unique across all files", () => {
  const ids = dataset.layers.flatMap((layer) =>
    layer.collection.features.map((feature) => feature.properties.id),
  );
  expect(new Set(ids).size).toBe(ids.length);
});

test("every route, flow and event feature cites at least one publication and explains its confidence", () => {
  const unsourced = routes.filter(
    ({ feature }) =>
      feature.properties.citations.length === 0 || feature.properties.confidence_note.length < 20,
  );
  expect(unsourced.map(({ feature }) => feature.properties.id)).toEqual([]);
});

test("every citation, response citation, figure and discrepancy resolves to a listed publication", () => {
  const ids: string[] = [];
  for (const { feature } of routes) {
    const { citations, responses = [], figures = [], discrepancies = [] } = feature.properties;
    ids.push(...citations.map((citation) => citation.publication));
    ids.push(...responses.flatMap((response) => response.citations.map((citation) => citation.publication)));
    ids.push(...figures.map((item) => item.publication), ...discrepancies.map((item) => item.publication));
  }
  expect(ids.filter((id) => !dataset.publications.has(id))).toEqual([]);
});

test("every listed publication is cited somewhere", () => {
  const text = Object.values(realFiles()).join("\n");
  const uncited = [...dataset.publications.keys()].filter((id) => !text.includes(`"publication": "${id}"`));
  expect(uncited).toEqual([]);
});

test("features without a public location are drawn schematically and say how", () => {
  const schematicLayers = new Set(
    dataset.manifest.layers.filter((entry) => entry.schematic).map((entry) => entry.id),
  );
  expect(schematicLayers.size).toBeGreaterThan(0);
  const wrong = routes.filter(
    ({ layer, feature }) =>
      (schematicLayers.has(layer) && feature.properties.geometry_precision !== "schematic") ||
      (feature.properties.geometry_precision === "schematic" && !feature.properties.location_note),
  );
  expect(wrong.map(({ feature }) => feature.properties.id)).toEqual([]);
});

test("Iran appears only as a schematic, low-confidence area, never as a route", () => {
  const mentioningIran = routes.filter(({ feature }) => /\bIran\b/.test(feature.properties.title));
  expect(
    mentioningIran.map(({ feature }) => [
      feature.geometry.type,
      feature.properties.geometry_precision,
      feature.properties.confidence,
    ]),
  ).toEqual([["Polygon", "schematic", "low"]]);
});

test("quotes are short: at most 30 words", () => {
  const long = routes.flatMap(({ feature }) =>
    feature.properties.citations.filter((citation) => (citation.quote ?? "").split(/\s+/).length > 30),
  );
  expect(long).toEqual([]);
});

test("every confirmed or corroborated claim cites at least two publishers", () => {
  const weak = routes.filter(({ feature }) => {
    if (feature.properties.status === "alleged") return false;
    const publishers = new Set(
      feature.properties.citations.map(
        (citation) => dataset.publications.get(citation.publication)?.publisher,
      ),
    );
    return publishers.size < 2;
  });
  expect(weak.map(({ feature }) => feature.properties.id)).toEqual([]);
});

test("publications carry a URL only when it is an http(s) address", () => {
  const urls = [...dataset.publications.values()].flatMap((publication) =>
    publication.url ? [publication.url] : [],
  );
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((url) => !/^https?:\/\/[^\s]+$/.test(url))).toEqual([]);
});

test("places have a name and a country or say why not", () => {
  const places = dataset.layers.flatMap((layer) => layer.collection.features.filter(isPlaceFeature));
  const unnamed = places.filter((place) => !place.properties.country && !place.properties.location_note);
  expect(places.length).toBeGreaterThan(10);
  expect(unnamed).toEqual([]);
});
