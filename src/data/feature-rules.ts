import { geometryTypes } from "./geometry-schema.ts";
import { isIsoDate, isoDateEndMs, isoDateStartMs } from "./iso-date.ts";
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

function notInFuture(
  value: unknown,
  path: Path,
  context: RuleContext,
  problems: DataProblem[],
  hint = "",
): void {
  if (typeof value !== "string" || !isIsoDate(value)) return;
  if (isoDateStartMs(value) > isoDateStartMs(context.today)) {
    problems.push({
      ...location(context),
      path: formatPath(path),
      message: `is "${value}", after today (${context.today}); expected a date that has happened${hint}`,
    });
  }
}

/**
 * A claim cannot begin, a figure cannot hold and a response cannot have been given after the latest
 * publication that reports it: such a date was credited to a publication that cannot have given it.
 */
function notAfterPublication(
  value: unknown,
  reportedIn: readonly Publication[],
  path: Path,
  what: string,
  context: RuleContext,
  problems: DataProblem[],
): void {
  if (typeof value !== "string" || !isIsoDate(value) || reportedIn.length === 0) return;
  // A date after today is already reported as such; one problem is enough.
  if (isoDateStartMs(value) > isoDateStartMs(context.today)) return;
  const latest = reportedIn.reduce((found, publication) =>
    isIsoDate(publication.published) && publication.published > found.published ? publication : found,
  );
  if (!isIsoDate(latest.published)) return;
  if (isoDateStartMs(value) > isoDateEndMs(latest.published)) {
    problems.push({
      ...location(context),
      path: formatPath(path),
      message: `is "${value}", after "${latest.id}" (${latest.published}) that reports it; expected the date of ${what} its publication can give`,
    });
  }
}

// "I don't comment on rumors" is a refusal to comment, not a denial: the kind must say which it is.
const refusalToComment = /\b(no comment|(don't|do not|won't|will not|refused to|declined to) comment)/i;

function checkResponseKind(
  response: unknown,
  path: Path,
  context: RuleContext,
  problems: DataProblem[],
): void {
  if (stringAt(response, "kind") !== "denied") return;
  const words = [
    stringAt(response, "statement"),
    ...list(record(response)?.citations).map((citation) => stringAt(citation, "quote")),
  ];
  if (words.some((text) => text !== undefined && refusalToComment.test(text))) {
    problems.push({
      ...location(context),
      path: formatPath([...path, "kind"]),
      message:
        'is "denied" but the words reported are a refusal to comment; expected "declined-to-comment" (a refusal is not a denial)',
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
    const path = ["properties", "responses", index];
    const reportedIn = checkCitations(record(response)?.citations, [...path, "citations"], context, problems);
    notInFuture(record(response)?.date, [...path, "date"], context, problems);
    notAfterPublication(
      record(response)?.date,
      reportedIn,
      [...path, "date"],
      "a response",
      context,
      problems,
    );
    checkResponseKind(response, path, context, problems);
  }
  for (const [index, figure] of list(properties.figures).entries()) {
    const path = ["properties", "figures", index];
    notInFuture(record(figure)?.as_of, [...path, "as_of"], context, problems);
    const publication = context.publications.get(stringAt(figure, "publication") ?? "");
    if (publication) {
      notAfterPublication(
        record(figure)?.as_of,
        [publication],
        [...path, "as_of"],
        "a figure",
        context,
        problems,
      );
    }
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
  // An end still to come is a forecast, not a reported end: an ongoing period has no end.
  notInFuture(
    record(properties.period)?.end,
    ["properties", "period", "end"],
    context,
    problems,
    " (leave the end out while the period is ongoing)",
  );
  notAfterPublication(
    record(properties.period)?.start,
    cited,
    ["properties", "period", "start"],
    "a claim",
    context,
    problems,
  );
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

/**
 * An address as a reader would compare it: scheme, host case, a trailing slash and a fragment do not make
 * two publications different.
 */
export function comparableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, "");
    return `${parsed.host.toLowerCase().replace(/^www\./, "")}${path}${parsed.search}`;
  } catch {
    return url;
  }
}

const bracketed = /^[[(].*[\])]$/s;

/**
 * A description must be flagged, not dressed up: the app adds the square brackets to a flagged title, and a
 * headline in quotation marks would read as the real one.
 */
function titleProblems(publication: Publication, context: ProblemLocation): DataProblem[] {
  if (bracketed.test(publication.title)) {
    return [
      {
        ...context,
        path: "title",
        message: publication.title_is_description
          ? "is wrapped in brackets; expected the description only (the app adds the square brackets)"
          : 'is wrapped in brackets, so it describes the item; expected "title_is_description": true and the description without brackets',
      },
    ];
  }
  if (publication.title_is_description && quotationMarks.test(publication.title)) {
    return [
      {
        ...context,
        path: "title",
        message:
          "is a description in quotation marks, which reads as a headline; expected the description without quotation marks",
      },
    ];
  }
  return [];
}

function comparableText(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Publisher, title and date as compared for duplicates: without regard to case or runs of whitespace. */
export function comparableTitleKey(publication: {
  publisher: string;
  title: string;
  published: string;
}): string {
  return [publication.publisher, publication.title, publication.published].map(comparableText).join("\u0000");
}

/** Publications: no future dates, no two entries for the same item, descriptions never posing as headlines. */
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
      const key = comparableUrl(publication.url);
      const earlier = byUrl.get(key);
      if (earlier) {
        problems.push({
          ...context,
          path: "url",
          message: `is the same address as the publication "${earlier}"; expected each publication listed once, with its own address`,
        });
      } else byUrl.set(key, publication.id);
    }
    problems.push(...titleProblems(publication, context));
    const titleKey = comparableTitleKey(publication);
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
