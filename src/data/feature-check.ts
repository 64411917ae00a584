import { Citation, Discrepancy, ReportedFigure, Response } from "./citation-schema.ts";
import { placeRuleProblems, type RuleContext, routeRuleProblems } from "./feature-rules.ts";
import {
  type DataFeature,
  PlaceFeature,
  PlaceProperties,
  RouteFeature,
  RouteProperties,
} from "./feature-schema.ts";
import {
  antimeridianProblems,
  boundsProblems,
  selfIntersectionProblems,
  type WaypointPlace,
  waypointProblems,
} from "./geometry-rules.ts";
import { Geometry } from "./geometry-schema.ts";
import { Period } from "./iso-date.ts";
import { limits } from "./limits.ts";
import { LayerManifestEntry } from "./manifest-schema.ts";
import { type DataProblem, formatPath, issuesToProblems } from "./problems.ts";
import { Publication } from "./publication-schema.ts";
import { genericErrorMap } from "./schema-messages.ts";

/** Every property name of the data model, for "did you mean" when an unknown one looks like a typo. */
export const knownPropertyNames: ReadonlySet<string> = new Set(
  [
    RouteProperties,
    PlaceProperties,
    Publication,
    LayerManifestEntry,
    Citation,
    Response,
    ReportedFigure,
    Discrepancy,
    Period,
  ].flatMap((schema) => Object.keys(schema.shape)),
);

/** "#3" for a feature without a usable id; otherwise its id. */
export function featureLabel(raw: unknown, index: number): string {
  const properties =
    raw !== null && typeof raw === "object" ? (raw as { properties?: unknown }).properties : undefined;
  const id =
    properties !== null && typeof properties === "object" ? (properties as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length > 0 && id.length <= limits.identifierLength ? id : `#${index}`;
}

/** Keeps the first coordinate problems of a feature and sums up the rest in one line. */
export function capCoordinateProblems(problems: DataProblem[]): DataProblem[] {
  const isCoordinate = (problem: DataProblem) => problem.path.startsWith("geometry.coordinates");
  const coordinateProblems = problems.filter(isCoordinate);
  if (coordinateProblems.length <= limits.coordinateProblemsPerFeature) return problems;
  const kept = coordinateProblems.slice(0, limits.coordinateProblemsPerFeature);
  const first = kept[0] as DataProblem;
  const rest = coordinateProblems.length - kept.length;
  return [
    ...problems.filter((problem) => !isCoordinate(problem)),
    ...kept,
    {
      file: first.file,
      feature: first.feature,
      path: "geometry.coordinates",
      message: `and ${rest} more coordinate problem${rest === 1 ? "" : "s"} in this geometry; expected valid [longitude, latitude] positions throughout`,
    },
  ];
}

export type FeatureCheckContext = Omit<RuleContext, "feature"> & {
  places: ReadonlyMap<string, WaypointPlace>;
  /** Whether to treat the feature as a place when the manifest does not say (files outside the manifest). */
  isPlace: boolean;
};

/** Checks one feature against the schema and every dataset rule; returns it only when nothing is wrong. */
export function checkFeature(
  raw: unknown,
  index: number,
  context: FeatureCheckContext,
): { feature: DataFeature | null; label: string; problems: DataProblem[] } {
  const label = featureLabel(raw, index);
  const location = { file: context.file, feature: label };
  const ruleContext: RuleContext = { ...context, feature: label };
  const schema = context.isPlace ? PlaceFeature : RouteFeature;
  const parsed = schema.safeParse(raw, { error: genericErrorMap });
  const problems: DataProblem[] = parsed.success
    ? []
    : issuesToProblems(parsed.error.issues, { ...location, root: raw, knownNames: knownPropertyNames });
  problems.push(
    ...(context.isPlace ? placeRuleProblems(raw, ruleContext) : routeRuleProblems(raw, ruleContext)),
  );

  const rawGeometry =
    raw !== null && typeof raw === "object" ? (raw as { geometry?: unknown }).geometry : undefined;
  const geometry = Geometry.safeParse(rawGeometry);
  if (geometry.success) {
    problems.push(
      ...boundsProblems(geometry.data, location),
      ...antimeridianProblems(geometry.data, location),
      ...selfIntersectionProblems(geometry.data, location),
    );
    if (!context.isPlace) problems.push(...checkWaypoints(raw, geometry.data, context, location));
  }
  const capped = capCoordinateProblems(problems);
  const hasError = capped.some((problem) => problem.severity === undefined);
  return { feature: hasError || !parsed.success ? null : parsed.data, label, problems: capped };
}

function checkWaypoints(
  raw: unknown,
  geometry: Geometry,
  context: FeatureCheckContext,
  location: { file: string; feature: string },
): DataProblem[] {
  const properties = (raw as { properties?: { waypoints?: unknown } }).properties;
  const waypoints = properties?.waypoints;
  if (!Array.isArray(waypoints)) return [];
  const problems: DataProblem[] = [];
  const resolved: WaypointPlace[] = [];
  for (const [index, id] of waypoints.entries()) {
    if (typeof id !== "string") continue;
    const place = context.places.get(id);
    if (place) resolved.push(place);
    else {
      problems.push({
        ...location,
        path: formatPath(["properties", "waypoints", index]),
        message: `"${id}" is not a valid place in the places layer; expected the id of a place feature`,
      });
    }
  }
  if (problems.length > 0) return problems;
  return waypointProblems(geometry, resolved, location);
}
