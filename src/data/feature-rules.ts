import { geometryTypes } from "./geometry-schema.ts";
import { isIsoDate, isoDateStartMs } from "./iso-date.ts";
import type { LayerKind, LayerManifestEntry } from "./manifest-schema.ts";
import { geometryTypesByKind } from "./manifest-schema.ts";
import { type DataProblem, formatPath, type ProblemLocation } from "./problems.ts";
import type { Publication } from "./publication-schema.ts";

/*
 * Rules that span more than one property or file. They read the raw parsed JSON defensively, so they report
 * alongside the schema's problems instead of waiting for the schema to pass.
 */

export type RuleContext = ProblemLocation & {
  publications: ReadonlyMap<string, Publication>;
  entry: LayerManifestEntry | undefined;
  kind: LayerKind | undefined;
  /** ISO date of today; nothing in the data can have happened later. */
  today: string;
};

type Path = (string | number)[];

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringAt(value: unknown, key: string): string | undefined {
  const found = record(value)?.[key];
  return typeof found === "string" ? found : undefined;
}

const quotationMarks = /^["'“”‘’«»„].*["'“”‘’«»„]$/s;

/** Every citation in a list resolves and is not listed twice; returns the publications it resolved. */
function checkCitations(
  citations: unknown,
  basePath: Path,
  context: RuleContext,
  problems: DataProblem[],
): Publication[] {
  const resolved: Publication[] = [];
  const seen = new Set<string>();
  for (const [index, citation] of list(citations).entries()) {
    const publicationId = stringAt(citation, "publication");
    if (publicationId === undefined) continue;
    const publication = context.publications.get(publicationId);
    if (publication) resolved.push(publication);
    else {
      problems.push({
        ...location(context),
        path: formatPath([...basePath, index, "publication"]),
        message: `"${publicationId}" is not in publications.json; expected the id of a listed publication`,
      });
    }
    const key = JSON.stringify([publicationId, stringAt(citation, "claimant"), stringAt(citation, "quote")]);
    if (seen.has(key)) {
      problems.push({
        ...location(context),
        path: formatPath([...basePath, index]),
        message:
          "repeats an earlier citation (same publication, claimant and quote); expected each citation once",
      });
    }
    seen.add(key);
    const quote = stringAt(citation, "quote");
    if (quote !== undefined && quotationMarks.test(quote)) {
      problems.push({
        ...location(context),
        path: formatPath([...basePath, index, "quote"]),
        message: "is wrapped in quotation marks; expected the quoted words only (the app adds the marks)",
      });
    }
  }
  return resolved;
}

function location(context: RuleContext): ProblemLocation {
  return { file: context.file, feature: context.feature };
}

function notInFuture(value: unknown, path: Path, context: RuleContext, problems: DataProblem[]): void {
  if (typeof value !== "string" || !isIsoDate(value)) return;
  if (isoDateStartMs(value) > isoDateStartMs(context.today)) {
    problems.push({
      ...location(context),
      path: formatPath(path),
      message: `is "${value}", after today (${context.today}); expected a date that has happened`,
    });
  }
}

/** Rules for route, flow, event and area features. */
export function routeRuleProblems(feature: unknown, context: RuleContext): DataProblem[] {
  const problems: DataProblem[] = [];
  const properties = record(record(feature)?.properties);
  const geometryType = stringAt(record(feature)?.geometry, "type");
  checkGeometryKind(geometryType, context, problems);
  checkTopLevelId(feature, properties, context, problems);
  if (!properties) return problems;

  const cited = checkCitations(properties.citations, ["properties", "citations"], context, problems);
  const citedIds = new Set(list(properties.citations).map((citation) => stringAt(citation, "publication")));

  for (const [index, response] of list(properties.responses).entries()) {
    checkCitations(
      record(response)?.citations,
      ["properties", "responses", index, "citations"],
      context,
      problems,
    );
    notInFuture(record(response)?.date, ["properties", "responses", index, "date"], context, problems);
  }
  for (const [index, figure] of list(properties.figures).entries()) {
    notInFuture(record(figure)?.as_of, ["properties", "figures", index, "as_of"], context, problems);
  }
  for (const [name, entries] of [
    ["figures", properties.figures],
    ["discrepancies", properties.discrepancies],
  ] as const) {
    for (const [index, entry] of list(entries).entries()) {
      const publicationId = stringAt(entry, "publication");
      if (publicationId === undefined) continue;
      const path = formatPath(["properties", name, index, "publication"]);
      if (!context.publications.has(publicationId)) {
        problems.push({
          ...location(context),
          path,
          message: `"${publicationId}" is not in publications.json; expected the id of a listed publication`,
        });
      } else if (!citedIds.has(publicationId)) {
        problems.push({
          ...location(context),
          path,
          message: `"${publicationId}" is not among this feature's citations; expected the publication that reports it to be cited too`,
        });
      }
    }
  }

  const status = properties.status;
  const publishers = new Set(cited.map((publication) => publication.publisher));
  if ((status === "corroborated" || status === "confirmed") && publishers.size < 2) {
    const named = [...publishers].join(", ") || "none that resolve";
    problems.push({
      ...location(context),
      path: "properties.status",
      message: `is "${status}" but the citations name only one publisher (${named}); expected citations from at least two different publishers, or status "alleged"`,
    });
  }
  if (properties.confidence === "high" && status === "alleged") {
    problems.push({
      ...location(context),
      path: "properties.confidence",
      message: `is "high" for a claim that is only "alleged"; expected "moderate" or "low" until the claim is corroborated`,
    });
  }

  const precision = properties.geometry_precision;
  if (context.entry?.schematic === true && typeof precision === "string" && precision !== "schematic") {
    problems.push({
      ...location(context),
      path: "properties.geometry_precision",
      message: `is "${precision}" in the layer "${context.entry.id}", which has no public location; expected "schematic"`,
    });
  }
  if (precision === "exact" && geometryType !== undefined && geometryType !== "Point") {
    problems.push({
      ...location(context),
      path: "properties.geometry_precision",
      message: `is "exact" on a ${geometryType}; expected "approximate" or "schematic" (lines and areas here are drawn from named places, not surveyed)`,
    });
  }
  if (precision === "schematic" && properties.location_note === undefined) {
    problems.push({
      ...location(context),
      path: "properties.location_note",
      message:
        "is missing on a schematic feature; expected a note saying how the geometry was drawn and what it does not claim",
    });
  }

  notInFuture(record(properties.period)?.start, ["properties", "period", "start"], context, problems);
  return problems;
}

/** Rules for place features (labels and route-building points). */
export function placeRuleProblems(feature: unknown, context: RuleContext): DataProblem[] {
  const problems: DataProblem[] = [];
  const properties = record(record(feature)?.properties);
  checkGeometryKind(stringAt(record(feature)?.geometry, "type"), context, problems);
  checkTopLevelId(feature, properties, context, problems);
  if (properties) checkCitations(properties.citations, ["properties", "citations"], context, problems);
  return problems;
}

function checkGeometryKind(
  geometryType: string | undefined,
  context: RuleContext,
  problems: DataProblem[],
): void {
  // An unknown type is already reported by the schema; naming it twice would only add noise.
  const known = (geometryTypes as readonly string[]).find((type) => type === geometryType);
  if (context.kind === undefined || known === undefined) return;
  const allowed: readonly string[] = geometryTypesByKind[context.kind];
  if (!allowed.includes(known)) {
    problems.push({
      ...location(context),
      path: "geometry.type",
      message: `is "${known}" in a ${context.kind} layer; expected ${allowed.map((type) => `"${type}"`).join(" or ")}`,
    });
  }
}

function checkTopLevelId(
  feature: unknown,
  properties: Record<string, unknown> | undefined,
  context: RuleContext,
  problems: DataProblem[],
): void {
  const topLevelId = record(feature)?.id;
  if (topLevelId === undefined || properties === undefined) return;
  if (topLevelId !== properties.id) {
    problems.push({
      ...location(context),
      path: "id",
      message: `is ${JSON.stringify(topLevelId)} but properties.id is ${JSON.stringify(properties.id)}; expected the same id (or leave the top-level id out)`,
    });
  }
}

/** Publications: no future dates, no two entries for the same item. */
export function publicationRuleProblems(
  publications: readonly Publication[],
  file: string,
  today: string,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const byUrl = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const publication of publications) {
    const context = { file, feature: publication.id };
    if (isoDateStartMs(publication.published) > isoDateStartMs(today)) {
      problems.push({
        ...context,
        path: "published",
        message: `is "${publication.published}", after today (${today}); expected a date that has happened`,
      });
    }
    if (publication.url !== undefined) {
      const earlier = byUrl.get(publication.url);
      if (earlier) {
        problems.push({
          ...context,
          path: "url",
          message: `is the same address as the publication "${earlier}"; expected each publication listed once`,
        });
      } else byUrl.set(publication.url, publication.id);
    }
    const titleKey =
      `${publication.publisher}\u0000${publication.title}\u0000${publication.published}`.toLowerCase();
    const earlierTitle = byTitle.get(titleKey);
    if (earlierTitle) {
      problems.push({
        ...context,
        path: "title",
        message: `has the same publisher, title and date as "${earlierTitle}"; expected each publication listed once`,
      });
    } else byTitle.set(titleKey, publication.id);
  }
  return problems;
}
