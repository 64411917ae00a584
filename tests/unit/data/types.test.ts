import type { Feature } from "geojson";
import { expectTypeOf, test } from "vitest";
import type { PlaceFeature, RouteFeature, UserFeature } from "../../../src/data/index.ts";

// Checked by `tsc --noEmit` (npm run typecheck): the parsed features can go to MapLibre and turf as GeoJSON.
test("parsed features are GeoJSON features", () => {
  expectTypeOf<RouteFeature>().toExtend<Feature>();
  expectTypeOf<PlaceFeature>().toExtend<Feature>();
  expectTypeOf<UserFeature>().toExtend<Feature>();
});
