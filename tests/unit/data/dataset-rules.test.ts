import { expect, test } from "vitest";
import { parseDataset } from "../../../src/data/index.ts";
import {
  datasetFiles,
  layers,
  places,
  problemsOf,
  publications,
  route,
  routeWith,
  today,
} from "./dataset-fixture.ts";

test("a citation of a publication not in publications.json is reported", () => {
  const citations = [{ publication: "publication-nine" }, { publication: "publication-two" }];
  expect(problemsOf({ routes: [routeWith({ citations, figures: undefined })] })).toContain(
    'routes.geojson route-one properties.citations[0].publication: "publication-nine" is not in publications.json; expected the id of a listed publication',
  );
});

test("a response's citation must resolve too", () => {
  const responses = [
    { kind: "denied", who: "A spokesman", date: "2023-10-17", citations: [{ publication: "nowhere" }] },
  ];
  expect(problemsOf({ routes: [routeWith({ responses })] })).toEqual([
    'routes.geojson route-one properties.responses[0].citations[0].publication: "nowhere" is not in publications.json; expected the id of a listed publication',
  ]);
});

test("a figure must come from a publication the feature cites", () => {
  const figures = [
    {
      amount: 5,
      unit: "trips",
      counts: "trips by the ships",
      as_of: "2023-10",
      claimant: "Publisher Two",
      publication: "publication-two",
    },
  ];
  const citations = [{ publication: "publication-one" }];
  expect(problemsOf({ routes: [routeWith({ figures, citations, status: "alleged" })] })).toContain(
    'routes.geojson route-one properties.figures[0].publication: "publication-two" is not among this feature\'s citations; expected the publication that reports it to be cited too',
  );
});

test("ids must be unique across files", () => {
  const [port, facility] = places();
  const clash = { ...port, properties: { ...port?.properties, id: "route-one" } };
  expect(problemsOf({ places: [clash, facility], routes: [routeWith({ waypoints: undefined })] })).toContain(
    "routes.geojson route-one properties.id: is already used in places.geojson (feature #0); expected ids unique across all files",
  );
});

test("a corroborated claim needs citations from two different publishers", () => {
  const citations = [{ publication: "publication-one" }];
  expect(problemsOf({ routes: [routeWith({ citations, responses: undefined })] })).toContain(
    'routes.geojson route-one properties.status: is "corroborated" but the citations name only one publisher (Publisher One); expected citations from at least two different publishers, or status "alleged"',
  );
});

test("high confidence is refused for a claim that is only alleged", () => {
  expect(problemsOf({ routes: [routeWith({ status: "alleged", confidence: "high" })] })).toEqual([
    'routes.geojson route-one properties.confidence: is "high" for a claim that is only "alleged"; expected "moderate" or "low" until the claim is corroborated',
  ]);
});

test("a layer marked schematic accepts only schematic geometry", () => {
  const [routesLayer, placesLayer] = layers();
  const schematicLayers = [{ ...routesLayer, schematic: true }, placesLayer];
  expect(problemsOf({ layers: schematicLayers })).toEqual([
    'routes.geojson route-one properties.geometry_precision: is "approximate" in the layer "routes", which has no public location; expected "schematic"',
  ]);
});

test("a line cannot claim exact geometry", () => {
  expect(problemsOf({ routes: [routeWith({ geometry_precision: "exact" })] })).toEqual([
    'routes.geojson route-one properties.geometry_precision: is "exact" on a LineString; expected "approximate" or "schematic" (lines and areas here are drawn from named places, not surveyed)',
  ]);
});

test("schematic geometry must say how it was drawn", () => {
  expect(problemsOf({ routes: [routeWith({ geometry_precision: "schematic" })] })).toEqual([
    "routes.geojson route-one properties.location_note: is missing on a schematic feature; expected a note saying how the geometry was drawn and what it does not claim",
  ]);
});

test("a route must start, pass and end at the places named as its waypoints", () => {
  const moved = {
    type: "LineString",
    coordinates: [
      [130.5, 42.1],
      [131.25, 42.4],
      [132.338, 42.88],
    ],
  };
  expect(problemsOf({ routes: [routeWith({}, moved)] })).toEqual([
    'routes.geojson route-one geometry.coordinates[0]: does not start at the first waypoint "place-port"; expected the line to start within 1 km of it (rebuild with npm run routes)',
    'routes.geojson route-one properties.waypoints[0]: the place "place-port" is 23.4 km from the line; expected the line to pass within 1 km of every waypoint (rebuild with npm run routes)',
  ]);
});

test("a waypoint that is not a place is reported", () => {
  expect(problemsOf({ routes: [routeWith({ waypoints: ["place-port", "place-nowhere"] })] })).toEqual([
    'routes.geojson route-one properties.waypoints[1]: "place-nowhere" is not a valid place in the places layer; expected the id of a place feature',
  ]);
});

test("a geometry type that does not fit the layer's kind is refused", () => {
  const point = { type: "Point", coordinates: [130.295, 42.245] };
  expect(problemsOf({ routes: [routeWith({ waypoints: undefined }, point)] })).toEqual([
    'routes.geojson route-one geometry.type: is "Point" in a routes layer; expected "LineString" or "MultiLineString"',
  ]);
});

test("a period may not start after today", () => {
  expect(problemsOf({ routes: [routeWith({ period: { start: "2030-01" } })] })).toEqual([
    'routes.geojson route-one properties.period.start: is "2030-01", after today (2025-01-01); expected a date that has happened',
  ]);
});

test("a period may not end after today: an ongoing period has no end", () => {
  expect(problemsOf({ routes: [routeWith({ period: { start: "2023-01", end: "2030-01" } })] })).toEqual([
    'routes.geojson route-one properties.period.end: is "2030-01", after today (2025-01-01); expected a date that has happened (leave the end out while the period is ongoing)',
  ]);
});

test("a publication that no feature cites is reported", () => {
  const extra = {
    ...publications()[0],
    id: "publication-three",
    url: "https://example.org/third",
    title: "Third",
  };
  expect(problemsOf({ publications: [...publications(), extra] })).toEqual([
    "publications.json publication-three (root): is never cited; expected every listed publication to be cited by at least one feature (cite it or remove it)",
  ]);
});

test("the same publication listed twice under two ids is reported", () => {
  const copy = { ...publications()[0], id: "publication-copy" };
  const routeCitingCopy = routeWith({
    citations: [...route().properties.citations, { publication: "publication-copy" }],
  });
  expect(problemsOf({ publications: [...publications(), copy], routes: [routeCitingCopy] })).toEqual([
    'publications.json publication-copy url: is the same address as the publication "publication-one"; expected each publication listed once, with its own address',
    'publications.json publication-copy title: has the same publisher, title and date as "publication-one"; expected each publication listed once',
  ]);
});

test("the same publisher, title and date in other case or spacing is the same publication", () => {
  // The fixture's first publication is "Publisher One", "First report".
  const copy = {
    ...publications()[0],
    id: "publication-copy",
    url: "https://example.org/another-address",
    publisher: "PUBLISHER  ONE",
    title: "first   REPORT",
  };
  const routeCitingCopy = routeWith({
    citations: [...route().properties.citations, { publication: "publication-copy" }],
  });
  expect(problemsOf({ publications: [...publications(), copy], routes: [routeCitingCopy] })).toContain(
    'publications.json publication-copy title: has the same publisher, title and date as "publication-one"; expected each publication listed once',
  );
});

test("a manifest layer whose file is missing is reported", () => {
  const files = datasetFiles();
  delete files["routes.geojson"];
  const problems = parseDataset(files, { today }).problems.map(
    (problem) => `${problem.feature} ${problem.path}: ${problem.message}`,
  );
  expect(problems).toContain(
    'routes file: "routes.geojson" is not among the data files; expected a file of that name in geojson/',
  );
});

test("a data file the manifest does not list is reported", () => {
  const files = {
    ...datasetFiles(),
    "extra.geojson": JSON.stringify({ type: "FeatureCollection", features: [] }),
  };
  const problems = parseDataset(files, { today }).problems.map(
    (problem) => `${problem.file}: ${problem.message}`,
  );
  expect(problems).toEqual([
    "extra.geojson: is not listed in layers.json; expected an entry for it there (or remove the file)",
  ]);
});

test("a layer without features is reported", () => {
  expect(problemsOf({ routes: [] })).toContain(
    'routes.geojson - features: is empty; expected at least one feature in the layer "routes" (or remove the layer from layers.json)',
  );
});

test("layers of one group must share one colour", () => {
  const [routesLayer, placesLayer] = layers();
  const second = { ...routesLayer, id: "more-routes", file: "more.geojson", order: 3, color: "#0072b2" };
  const files = {
    ...datasetFiles({ layers: [routesLayer, placesLayer, second] }),
    "more.geojson": JSON.stringify({ type: "FeatureCollection", features: [routeWith({ id: "route-two" })] }),
  };
  const problems = parseDataset(files, { today }).problems.map(
    (problem) => `${problem.feature} ${problem.path}: ${problem.message}`,
  );
  expect(problems).toEqual([
    'more-routes color: is "#0072b2" but the group "munitions-flow" already uses "#d55e00"; expected one colour per group',
  ]);
});

test("a manifest entry with a bad colour or group is reported by layer id", () => {
  const [routesLayer, placesLayer] = layers();
  const broken = { ...routesLayer, color: "red", group: "weapons" };
  const problems = problemsOf({ layers: [broken, placesLayer] });
  expect(problems).toContain('layers.json routes color: is "red"; expected a hex colour "#rrggbb"');
  expect(problems).toContain(
    'layers.json routes group: is "weapons"; expected one of "munitions-flow", "disguised-transit", "return-flow", "labour-flow", "troop-deployment", "visits-events", "places"',
  );
});

test("valid features are kept and invalid ones left out, never silently: each is listed", () => {
  const files = datasetFiles({ routes: [route(), routeWith({ id: "route-two", confidence: "certain" })] });
  const { dataset, problems } = parseDataset(files, { today });
  const routes = dataset?.layers.find((layer) => layer.entry.id === "routes");
  expect(routes?.collection.features.map((feature) => feature.properties.id)).toEqual(["route-one"]);
  expect(problems.map((problem) => problem.feature)).toEqual(["route-two"]);
});

test("without a manifest there is no dataset, and the missing file is named", () => {
  const files = datasetFiles();
  delete files["layers.json"];
  const { dataset, problems } = parseDataset(files, { today });
  expect(dataset).toBeNull();
  expect(problems).toContainEqual({
    file: "layers.json",
    feature: "-",
    path: "-",
    message: "is missing; expected the layer manifest",
  });
});

test("single files are checked against reference files without reporting the reference's own problems", () => {
  const { "routes.geojson": routes, ...reference } = datasetFiles({
    publications: [
      ...publications(),
      { ...publications()[1], id: "publication-bad", url: "javascript:alert(1)" },
    ],
  });
  const result = parseDataset({ "routes.geojson": routes ?? "" }, { today, reference });
  expect(result.problems).toEqual([]);
});

test("an event point must lie at the place named as its waypoint", () => {
  const [routesLayer, placesLayer] = layers();
  const eventsLayer = { ...routesLayer, kind: "events" };
  const event = routeWith(
    { waypoints: ["place-facility"], mode: undefined },
    { type: "Point", coordinates: [132.5, 42.88] },
  );
  expect(problemsOf({ layers: [eventsLayer, placesLayer], routes: [event] })).toEqual([
    'routes.geojson route-one geometry.coordinates: is 13.2 km from the place "place-facility" named in properties.waypoints; expected the point within 1 km of it (rebuild with npm run routes)',
  ]);
});
