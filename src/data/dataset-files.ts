import { z } from "zod";
import { knownPropertyNames } from "./feature-check.ts";
import { publicationRuleProblems } from "./feature-rules.ts";
import { parseJsonText } from "./json-text.ts";
import { limits } from "./limits.ts";
import { type LayerManifest, LayerManifestEntry } from "./manifest-schema.ts";
import { type DataProblem, issuesToProblems } from "./problems.ts";
import { Publication, PublicationsFile } from "./publication-schema.ts";
import { genericErrorMap } from "./schema-messages.ts";

export const publicationsFileName = "publications.json";
export const manifestFileName = "layers.json";

const FeatureCollectionShell = z.object(
  {
    type: z.literal("FeatureCollection", { error: '"FeatureCollection"' }),
    features: z.array(z.unknown(), { error: "an array of features" }),
  },
  { error: 'a GeoJSON FeatureCollection { "type": "FeatureCollection", "features": [ … ] }' },
);

const ManifestShell = z.strictObject(
  { layers: z.array(z.unknown(), { error: "an array of layer entries" }) },
  { error: 'an object { "layers": [ … ] }' },
);

export function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
}

/** One file's parsed JSON; `target` files are checked, the others only consulted. */
export type ParsedFile = { name: string; value: unknown; target: boolean };

function entryLabel(raw: unknown, index: number): string {
  const id = raw !== null && typeof raw === "object" ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length > 0 && id.length <= limits.identifierLength ? id : `#${index}`;
}

export function parseFiles(
  files: Record<string, string>,
  target: boolean,
  problems: DataProblem[],
): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  for (const [name, text] of Object.entries(files)) {
    const result = parseJsonText(name, text);
    if (target) problems.push(...result.problems);
    if (result.value !== undefined) parsed.push({ name, value: result.value, target });
  }
  return parsed;
}

export function readPublications(
  file: ParsedFile,
  today: string,
  problems: DataProblem[],
): Map<string, Publication> {
  const report = (found: DataProblem[]) => {
    if (file.target) problems.push(...found);
  };
  const publications = new Map<string, Publication>();
  const shell = PublicationsFile.safeParse(file.value, { error: genericErrorMap });
  if (!shell.success) {
    report(issuesToProblems(shell.error.issues, { file: file.name, feature: "-", root: file.value }));
    return publications;
  }
  const valid: Publication[] = [];
  for (const [index, raw] of shell.data.publications.entries()) {
    const label = entryLabel(raw, index);
    const parsed = Publication.safeParse(raw, { error: genericErrorMap });
    if (!parsed.success) {
      report(
        issuesToProblems(parsed.error.issues, {
          file: file.name,
          feature: label,
          root: raw,
          knownNames: knownPropertyNames,
        }),
      );
      continue;
    }
    if (publications.has(parsed.data.id)) {
      report([
        {
          file: file.name,
          feature: label,
          path: "id",
          message: "is already used by an earlier publication; expected each publication id once",
        },
      ]);
      continue;
    }
    publications.set(parsed.data.id, parsed.data);
    valid.push(parsed.data);
  }
  report(publicationRuleProblems(valid, file.name, today));
  return publications;
}

export function readManifest(file: ParsedFile, problems: DataProblem[]): LayerManifest | null {
  const report = (found: DataProblem[]) => {
    if (file.target) problems.push(...found);
  };
  const shell = ManifestShell.safeParse(file.value, { error: genericErrorMap });
  if (!shell.success) {
    report(issuesToProblems(shell.error.issues, { file: file.name, feature: "-", root: file.value }));
    return null;
  }
  const entries: LayerManifestEntry[] = [];
  const colourByGroup = new Map<string, string>();
  for (const [index, raw] of shell.data.layers.entries()) {
    const label = entryLabel(raw, index);
    const parsed = LayerManifestEntry.safeParse(raw, { error: genericErrorMap });
    if (!parsed.success) {
      report(
        issuesToProblems(parsed.error.issues, {
          file: file.name,
          feature: label,
          root: raw,
          knownNames: knownPropertyNames,
        }),
      );
      continue;
    }
    const entry = parsed.data;
    const clash = (["id", "file", "order"] as const).find((key) =>
      entries.some((earlier) => earlier[key] === entry[key]),
    );
    if (clash) {
      report([
        {
          file: file.name,
          feature: label,
          path: clash,
          message: `${JSON.stringify(entry[clash])} is already used by an earlier layer; expected each layer's ${clash} once`,
        },
      ]);
      continue;
    }
    const groupColour = colourByGroup.get(entry.group);
    if (groupColour !== undefined && groupColour.toLowerCase() !== entry.color.toLowerCase()) {
      report([
        {
          file: file.name,
          feature: label,
          path: "color",
          message: `is "${entry.color}" but the group "${entry.group}" already uses "${groupColour}"; expected one colour per group`,
        },
      ]);
    }
    colourByGroup.set(entry.group, groupColour ?? entry.color);
    entries.push(entry);
  }
  if (shell.data.layers.length === 0) {
    report([
      {
        file: file.name,
        feature: "-",
        path: "layers",
        message: "is empty; expected at least one layer",
      },
    ]);
  }
  return { layers: entries.sort((left, right) => left.order - right.order) };
}

export function collectionFeatures(file: ParsedFile, problems: DataProblem[]): unknown[] | null {
  const shell = FeatureCollectionShell.safeParse(file.value, { error: genericErrorMap });
  if (shell.success) return shell.data.features;
  if (file.target)
    problems.push(
      ...issuesToProblems(shell.error.issues, { file: file.name, feature: "-", root: file.value }),
    );
  return null;
}
