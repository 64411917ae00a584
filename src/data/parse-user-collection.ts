import { capCoordinateProblems, featureLabel, knownPropertyNames } from "./feature-check.ts";
import { type RuleContext, routeRuleProblems } from "./feature-rules.ts";
import { RouteProperties } from "./feature-schema.ts";
import { antimeridianProblems, boundsProblems, selfIntersectionProblems } from "./geometry-rules.ts";
import { Geometry, geometryTypes } from "./geometry-schema.ts";
import { parseJsonText } from "./json-text.ts";
import { limits } from "./limits.ts";
import { urlProblem } from "./primitives.ts";
import { type DataProblem, describeValue, formatPath, issuesToProblems } from "./problems.ts";
import type { Publication } from "./publication-schema.ts";
import { genericErrorMap } from "./schema-messages.ts";

export type UserFeature = {
  type: "Feature";
  id?: string | number;
  geometry: Geometry;
  /** The file's own properties (minus prototype-polluting keys), plus `unsourced`. */
  properties: Record<string, unknown> & { unsourced: boolean };
};

export type UserCollectionResult = {
  /** The features that can be drawn; null when the file as a whole is unusable. */
  collection: { type: "FeatureCollection"; features: UserFeature[] } | null;
  problems: DataProblem[];
  summary: { total: number; imported: number; unsourced: number };
};

export type UserCollectionOptions = {
  /** The project's publications: an imported feature counts as sourced only if its citations resolve here. */
  publications: ReadonlyMap<string, Publication> | Readonly<Record<string, Publication>>;
  today?: string;
  maximumCharacters?: number;
  /** Called every `progressEvery` features, for a progress bar on large files. */
  onProgress?: (checked: number, total: number) => void;
};

const progressEvery = 1000;

/** Keys that would reach Object.prototype if the properties were ever merged with Object.assign or a loop. */
const dangerousKeys = new Set(["__proto__", "constructor", "prototype"]);

const emptySummary = { total: 0, imported: 0, unsourced: 0 };

function objectOrNull(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The features of a FeatureCollection, a lone Feature or a bare geometry; or why the file is not GeoJSON. */
function featuresOf(value: unknown): unknown[] | string {
  const root = objectOrNull(value);
  const expected = "expected a GeoJSON FeatureCollection, Feature or geometry object";
  if (!root) return `the file holds ${describeValue(value)}; ${expected}`;
  const type = root.type;
  if (type === "FeatureCollection") {
    return Array.isArray(root.features)
      ? root.features
      : `"features" is ${describeValue(root.features)}; expected an array`;
  }
  if (type === "Feature") return [root];
  if (typeof type === "string" && (geometryTypes as readonly string[]).includes(type)) {
    return [{ type: "Feature", geometry: root, properties: {} }];
  }
  if (type === "GeometryCollection")
    return `GeometryCollection is not supported; ${expected} with one geometry per feature`;
  const known = ["FeatureCollection", "Feature", ...geometryTypes];
  const caseMatch =
    typeof type === "string" ? known.find((name) => name.toLowerCase() === type.toLowerCase()) : undefined;
  if (caseMatch)
    return `"type" is ${JSON.stringify(type)}; expected "${caseMatch}" (GeoJSON type names are case-sensitive)`;
  return `"type" is ${describeValue(type)}; ${expected}`;
}

const linkKey = /(^|[_-])(url|uri|link|href|website)s?$/i;
/** Schemes a browser would act on; control characters and spaces inside them are ignored by browsers too. */
const schemePrefix = /^(javascript|vbscript|data|file|blob|https?):/;

/** Whether a property is meant as a link: by its name, or by a scheme at the start of its value. */
function looksLikeLink(key: string, value: string): boolean {
  if (linkKey.test(key)) return true;
  let bare = "";
  for (const character of value.slice(0, 40)) {
    if (character.charCodeAt(0) > 0x20) bare += character.toLowerCase();
  }
  return schemePrefix.test(bare);
}

function warning(problem: DataProblem): DataProblem {
  return { ...problem, severity: "warning" };
}

/**
 * Checks a file a user imports. Unlike the project's data, features need no sourcing: those without valid,
 * resolving citations are imported and marked `unsourced`. Anything that is not drawable GeoJSON is refused,
 * feature by feature, with the same problem format as the validator. Warnings keep the feature.
 */
export function parseUserCollection(
  fileName: string,
  text: string,
  options: UserCollectionOptions,
): UserCollectionResult {
  const maximum = options.maximumCharacters ?? limits.userFileCharacters;
  const fileProblem = (message: string): DataProblem => ({
    file: fileName,
    feature: "-",
    path: "-",
    message,
  });
  if (text.length > maximum) {
    return {
      collection: null,
      problems: [
        fileProblem(`is ${text.length} characters long; expected at most ${maximum} (split the file)`),
      ],
      summary: emptySummary,
    };
  }
  const parsed = parseJsonText(fileName, text, { duplicateSeverity: "warning" });
  const problems = [...parsed.problems];
  // An error beside a parsed value is the nesting limit: such a file could exhaust the stack of whatever reads it.
  const unreadable = parsed.problems.some((problem) => problem.severity === undefined);
  if (parsed.value === undefined || unreadable) return { collection: null, problems, summary: emptySummary };
  const features = featuresOf(parsed.value);
  if (typeof features === "string")
    return { collection: null, problems: [...problems, fileProblem(features)], summary: emptySummary };
  const checked = checkUserFeatures(fileName, features, options);
  return { ...checked, problems: [...problems, ...checked.problems] };
}

/**
 * The lenient check of features read from any format (GeoJSON, or what a KML, GPX or CSV reader made of its
 * file). `labels` name the features in messages (a placemark, a row); without them, the id or "#index".
 */
export function checkUserFeatures(
  fileName: string,
  features: readonly unknown[],
  options: UserCollectionOptions & { labels?: readonly string[] },
): UserCollectionResult {
  const problems: DataProblem[] = [];
  const publications =
    options.publications instanceof Map
      ? (options.publications as ReadonlyMap<string, Publication>)
      : new Map(Object.entries(options.publications as Record<string, Publication>));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const imported: UserFeature[] = [];
  const seenIds = new Set<string>();
  for (const [index, raw] of features.entries()) {
    if (options.onProgress && index % progressEvery === 0) options.onProgress(index, features.length);
    const label = options.labels?.[index] ?? featureLabel(raw, index);
    const result = importFeature(raw, { file: fileName, feature: label, publications, today });
    problems.push(...result.problems);
    if (!result.feature) continue;
    const id = result.feature.properties.id ?? result.feature.id;
    if (typeof id === "string" || typeof id === "number") {
      if (seenIds.has(String(id))) {
        problems.push(
          warning({
            file: fileName,
            feature: label,
            path: "properties.id",
            message: `${JSON.stringify(id)} is used by an earlier feature in this file; expected unique ids (both are imported)`,
          }),
        );
      }
      seenIds.add(String(id));
    }
    imported.push(result.feature);
  }
  options.onProgress?.(features.length, features.length);
  return {
    collection: { type: "FeatureCollection", features: imported },
    problems,
    summary: {
      total: features.length,
      imported: imported.length,
      unsourced: imported.filter((feature) => feature.properties.unsourced).length,
    },
  };
}

type ImportContext = {
  file: string;
  feature: string;
  publications: ReadonlyMap<string, Publication>;
  today: string;
};

function importFeature(
  raw: unknown,
  context: ImportContext,
): { feature: UserFeature | null; problems: DataProblem[] } {
  const location = { file: context.file, feature: context.feature };
  const feature = objectOrNull(raw);
  if (feature?.type !== "Feature") {
    const found = feature ? `has "type" ${describeValue(feature.type)}` : `is ${describeValue(raw)}`;
    return {
      feature: null,
      problems: [{ ...location, path: "(root)", message: `${found}; expected a GeoJSON Feature` }],
    };
  }
  if (feature.geometry === null || feature.geometry === undefined) {
    return {
      feature: null,
      problems: [
        {
          ...location,
          path: "geometry",
          message: `is ${describeValue(feature.geometry)}; expected a geometry (a feature without one is listed here but cannot be drawn)`,
        },
      ],
    };
  }
  const geometry = Geometry.safeParse(feature.geometry, { error: genericErrorMap });
  if (!geometry.success) {
    const problems = issuesToProblems(geometry.error.issues, {
      ...location,
      root: feature.geometry,
      pathPrefix: ["geometry"],
    });
    return { feature: null, problems: capCoordinateProblems(problems) };
  }

  const problems: DataProblem[] = [
    ...boundsProblems(geometry.data, location, "warning"),
    ...antimeridianProblems(geometry.data, location, "warning"),
    ...selfIntersectionProblems(geometry.data, location, "warning"),
  ];
  const properties: Record<string, unknown> = {};
  const rawProperties = feature.properties;
  if (rawProperties !== null && rawProperties !== undefined && !objectOrNull(rawProperties)) {
    problems.push(
      warning({
        ...location,
        path: "properties",
        message: `is ${describeValue(rawProperties)}; expected an object (imported without properties)`,
      }),
    );
  }
  for (const [key, value] of Object.entries(objectOrNull(rawProperties) ?? {})) {
    if (dangerousKeys.has(key)) {
      problems.push(
        warning({
          ...location,
          path: `properties[${JSON.stringify(key)}]`,
          message: "is a reserved name; expected another key (dropped)",
        }),
      );
      continue;
    }
    properties[key] = value;
    const link = typeof value === "string" && looksLikeLink(key, value) ? urlProblem(value) : null;
    if (link !== null) {
      problems.push(
        warning({
          ...location,
          path: formatPath(["properties", key]),
          message: `${link} (${describeValue(value)}); expected an absolute http: or https: URL — kept as text, never shown as a link`,
        }),
      );
    }
  }

  const sourcingProblems = sourcing(feature, properties, context);
  problems.push(...sourcingProblems.map(warning));
  const unsourced = !("citations" in properties) || sourcingProblems.length > 0;
  const id = typeof feature.id === "string" || typeof feature.id === "number" ? feature.id : undefined;
  return {
    feature: {
      type: "Feature",
      ...(id === undefined ? {} : { id }),
      geometry: geometry.data,
      properties: { ...properties, unsourced },
    },
    problems,
  };
}

/** Why a feature that cites publications does not count as sourced (empty when it does). */
function sourcing(
  feature: Record<string, unknown>,
  properties: Record<string, unknown>,
  context: ImportContext,
): DataProblem[] {
  if (!("citations" in properties)) return [];
  const location = { file: context.file, feature: context.feature };
  const parsed = RouteProperties.safeParse(properties, { error: genericErrorMap });
  const schemaProblems = parsed.success
    ? []
    : issuesToProblems(parsed.error.issues, {
        ...location,
        root: properties,
        pathPrefix: ["properties"],
        knownNames: knownPropertyNames,
      });
  const ruleContext: RuleContext = {
    ...location,
    publications: context.publications,
    entry: undefined,
    kind: undefined,
    today: context.today,
  };
  const found = [...schemaProblems, ...routeRuleProblems({ ...feature, properties }, ruleContext)];
  return found.map((problem) => ({ ...problem, message: `${problem.message} — imported as unsourced` }));
}
