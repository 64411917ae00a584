/**
 * A minimal dataset that passes every rule: two publications by different publishers, a routes layer with one
 * route between two places, and a places layer. Each test gets fresh objects and breaks one thing.
 */
import { parseDataset } from "../../../src/data/index.ts";

/** A fixed "today", so that date rules do not depend on when the tests run. */
export const today = "2025-01-01";

export function publications() {
  return [
    {
      id: "publication-one",
      publisher: "Publisher One",
      title: "First report",
      published: "2023-10-16",
      url: "https://example.org/first",
      kind: "imagery-analysis",
      reliability: "B",
    },
    {
      id: "publication-two",
      publisher: "Publisher Two",
      title: "Second report",
      published: "2023-10-17",
      kind: "news",
      reliability: "C",
    },
  ];
}

export function places() {
  return [
    {
      type: "Feature",
      geometry: { type: "Point", coordinates: [130.295, 42.245] },
      properties: {
        id: "place-port",
        name: "Port",
        place_kind: "port",
        rank: 1,
        geometry_precision: "approximate",
        country: "PRK",
      },
    },
    {
      type: "Feature",
      geometry: { type: "Point", coordinates: [132.338, 42.88] },
      properties: {
        id: "place-facility",
        name: "Facility",
        name_ru: "Дунай",
        place_kind: "facility",
        rank: 2,
        geometry_precision: "approximate",
        country: "RUS",
        citations: [{ publication: "publication-two" }],
      },
    },
  ];
}

export function route() {
  return {
    type: "Feature",
    geometry: {
      type: "LineString",
      coordinates: [
        [130.295, 42.245],
        [131.25, 42.4],
        [132.338, 42.88],
      ],
    },
    properties: {
      id: "route-one",
      title: "A route",
      claim: "Ships carried containers from the port to the facility.",
      status: "corroborated",
      confidence: "moderate",
      confidence_note: "Two independent kinds of evidence agree on the movements.",
      citations: [
        { publication: "publication-one", quote: "containers" },
        { publication: "publication-two", claimant: "A spokesperson" },
      ],
      period: { start: "2023-08", end: "2023-10" },
      geometry_precision: "approximate",
      mode: "sea",
      waypoints: ["place-port", "place-facility"],
      figures: [
        {
          amount: 1000,
          qualifier: "more than",
          unit: "containers",
          counts: "containers shipped from the port",
          as_of: "2023-10",
          claimant: "A spokesperson",
          publication: "publication-one",
        },
      ],
      responses: [
        {
          kind: "denied",
          who: "A spokesman",
          date: "2023-10-17",
          citations: [{ publication: "publication-two" }],
        },
      ],
    },
  };
}

export function layers() {
  return [
    {
      id: "routes",
      title: "Routes",
      description: "The routes.",
      group: "munitions-flow",
      visible: true,
      order: 1,
      color: "#d55e00",
      file: "routes.geojson",
      kind: "routes",
    },
    {
      id: "places",
      title: "Places",
      description: "The places.",
      group: "places",
      visible: true,
      order: 2,
      color: "#555555",
      file: "places.geojson",
      kind: "places",
    },
  ];
}

export type FixtureParts = {
  publications?: unknown[];
  layers?: unknown[];
  routes?: unknown[];
  places?: unknown[];
};

export function datasetFiles(parts: FixtureParts = {}): Record<string, string> {
  const collection = (features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
  return {
    "publications.json": JSON.stringify({ publications: parts.publications ?? publications() }),
    "layers.json": JSON.stringify({ layers: parts.layers ?? layers() }),
    "routes.geojson": collection(parts.routes ?? [route()]),
    "places.geojson": collection(parts.places ?? places()),
  };
}

/** Problems of a dataset built from the given parts, as "<feature> <path>: <message>" for readable failures. */
export function problemsOf(parts: FixtureParts = {}): string[] {
  return parseDataset(datasetFiles(parts), { today }).problems.map(
    (problem) => `${problem.file} ${problem.feature} ${problem.path}: ${problem.message}`,
  );
}

/** A route with one property replaced, for the common case. */
export function routeWith(properties: Record<string, unknown>, geometry?: unknown) {
  const base = route();
  return {
    ...base,
    ...(geometry === undefined ? {} : { geometry }),
    properties: { ...base.properties, ...properties },
  };
}
