import {
  baseName,
  collectionFeatures,
  manifestFileName,
  type ParsedFile,
  parseFiles,
  publicationsFileName,
  readManifest,
  readPublications,
} from "./dataset-files.ts";
import { checkFeature } from "./feature-check.ts";
import type { DataFeature, PlaceFeature } from "./feature-schema.ts";
import type { WaypointPlace } from "./geometry-rules.ts";
import type { LayerManifest, LayerManifestEntry } from "./manifest-schema.ts";
import type { DataProblem } from "./problems.ts";
import type { Publication } from "./publication-schema.ts";
import { readTour, tourFileName } from "./read-tour.ts";
import type { IndexedFeature } from "./tour-rules.ts";
import type { Tour } from "./tour-schema.ts";

export { manifestFileName, publicationsFileName, tourFileName };

export type DatasetLayer = {
  entry: LayerManifestEntry;
  /** The layer's valid features; invalid ones are left out and listed in the problems. */
  collection: { type: "FeatureCollection"; features: DataFeature[] };
};

export type Dataset = {
  publications: ReadonlyMap<string, Publication>;
  /** The valid manifest entries, in `order`. */
  manifest: LayerManifest;
  /** One per valid manifest entry, in `order`; empty when its file is missing or unreadable. */
  layers: DatasetLayer[];
  places: ReadonlyMap<string, PlaceFeature>;
  /** The briefing tour (tour.json), without the steps that have problems; null when there is none. */
  tour: Tour | null;
};

export type ParseDatasetOptions = {
  /**
   * Files consulted for look-ups only (publications, manifest, places, ids in use) when `files` lacks them; their
   * own problems are not reported. The command line uses this to check single files against geojson/.
   */
  reference?: Record<string, string>;
  /** ISO date standing for today (default: the current UTC date); nothing in the data may be later. */
  today?: string;
};

export type ParseDatasetResult = { dataset: Dataset | null; problems: DataProblem[] };

function citedPublicationIds(features: unknown[]): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown, key: string | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value !== null && typeof value === "object") {
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
    } else if (key === "publication" && typeof value === "string") ids.add(value);
  };
  visit(features, undefined);
  return ids;
}

function looksLikePlaces(features: unknown[]): boolean {
  return features.some((feature) => {
    const properties = (feature as { properties?: unknown } | null)?.properties;
    return properties !== null && typeof properties === "object" && "place_kind" in properties;
  });
}

type LayerFile = {
  file: ParsedFile;
  features: unknown[];
  entry: LayerManifestEntry | undefined;
  isPlaces: boolean;
};

type CheckedLayers = {
  validByFile: Map<string, DataFeature[]>;
  places: Map<string, PlaceFeature>;
  /** Every valid feature by id, reference files included, for the tour's highlights. */
  features: Map<string, IndexedFeature>;
};

/** Checks every feature of every layer file, places first, keeping ids unique across all of them. */
function checkLayers(
  layerFiles: readonly LayerFile[],
  publications: ReadonlyMap<string, Publication>,
  today: string,
  problems: DataProblem[],
): CheckedLayers {
  // Places first, as routes name them as waypoints; within each, reference files first, so that an id clash
  // between a checked file and the reference data is reported on the checked file.
  const ordered = [...layerFiles].sort(
    (left, right) =>
      Number(right.isPlaces) - Number(left.isPlaces) || Number(left.file.target) - Number(right.file.target),
  );
  const waypointPlaces = new Map<string, WaypointPlace>();
  const places = new Map<string, PlaceFeature>();
  const idOwners = new Map<string, string>();
  const validByFile = new Map<string, DataFeature[]>();
  const indexed = new Map<string, IndexedFeature>();
  for (const { file, features, entry, isPlaces } of ordered) {
    const valid: DataFeature[] = [];
    for (const [index, raw] of features.entries()) {
      const checked = checkFeature(raw, index, {
        file: file.name,
        publications,
        entry,
        kind: entry?.kind,
        today,
        places: waypointPlaces,
        isPlace: isPlaces,
      });
      const hasId = !checked.label.startsWith("#");
      const owner = idOwners.get(checked.label);
      if (hasId && owner !== undefined) {
        checked.problems.push({
          file: file.name,
          feature: checked.label,
          path: "properties.id",
          message: `is already used in ${owner}; expected ids unique across all files`,
        });
        checked.feature = null;
      } else if (hasId) idOwners.set(checked.label, `${file.name} (feature #${index})`);
      if (file.target) problems.push(...checked.problems);
      if (!checked.feature) continue;
      valid.push(checked.feature);
      indexed.set(checked.label, { layer: entry?.id, feature: checked.feature });
      if (isPlaces && checked.feature.geometry.type === "Point") {
        const place = checked.feature as PlaceFeature;
        places.set(place.properties.id, place);
        waypointPlaces.set(place.properties.id, {
          id: place.properties.id,
          coordinates: place.geometry.coordinates,
        });
      }
    }
    if (file.target) validByFile.set(baseName(file.name), valid);
  }
  return { validByFile, places, features: indexed };
}

/** When the whole dataset is checked: every listed file present and non-empty, every file and publication used. */
function completenessProblems(
  fileNames: readonly string[],
  layerFiles: readonly LayerFile[],
  manifest: { file: string; layers: readonly LayerManifestEntry[] },
  publications: { file: string; ids: Iterable<string> },
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const entry of manifest.layers) {
    if (!fileNames.some((name) => baseName(name) === entry.file)) {
      problems.push({
        file: manifest.file,
        feature: entry.id,
        path: "file",
        message: `"${entry.file}" is not among the data files; expected a file of that name in geojson/`,
      });
    }
  }
  for (const { file, features, entry } of layerFiles) {
    if (!file.target) continue;
    if (!entry) {
      problems.push({
        file: file.name,
        feature: "-",
        path: "-",
        message: `is not listed in ${manifestFileName}; expected an entry for it there (or remove the file)`,
      });
    } else if (features.length === 0) {
      problems.push({
        file: file.name,
        feature: "-",
        path: "features",
        message: `is empty; expected at least one feature in the layer "${entry.id}" (or remove the layer from ${manifestFileName})`,
      });
    }
  }
  const cited = citedPublicationIds(
    layerFiles.filter(({ file }) => file.target).flatMap(({ features }) => features),
  );
  for (const id of publications.ids) {
    if (!cited.has(id)) {
      problems.push({
        file: publications.file,
        feature: id,
        path: "(root)",
        message:
          "is never cited; expected every listed publication to be cited by at least one feature (cite it or remove it)",
      });
    }
  }
  return problems;
}

function missingFileProblem(file: string, what: string): DataProblem {
  return { file, feature: "-", path: "-", message: `is missing; expected ${what}` };
}

/**
 * Parses and checks the whole dataset: every file's JSON, the schema, and the rules across files (ids unique,
 * citations resolving, places named as waypoints). Pure: text in, data and problems out.
 *
 * Invalid features are left out of `dataset` and each is listed in `problems`; valid ones are kept, so the map
 * can still show what is sound. `dataset` is null only when there is no usable manifest or publication list.
 */
export function parseDataset(
  files: Record<string, string>,
  options: ParseDatasetOptions = {},
): ParseDatasetResult {
  const problems: DataProblem[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const targetNames = new Set(Object.keys(files).map(baseName));
  const unshadowedReference = Object.entries(options.reference ?? {}).filter(
    ([name]) => !targetNames.has(baseName(name)),
  );
  const all = [
    ...parseFiles(files, true, problems),
    ...parseFiles(Object.fromEntries(unshadowedReference), false, problems),
  ];

  const publicationsFile = all.find((file) => baseName(file.name) === publicationsFileName);
  const manifestFile = all.find((file) => baseName(file.name) === manifestFileName);
  const publications = publicationsFile
    ? readPublications(publicationsFile, today, problems)
    : new Map<string, Publication>();
  const manifest = manifestFile ? readManifest(manifestFile, problems) : null;
  if (!publicationsFile)
    problems.push(
      missingFileProblem(publicationsFileName, "the list of publications every citation refers to"),
    );
  if (!manifestFile) problems.push(missingFileProblem(manifestFileName, "the layer manifest"));

  const layerFiles: LayerFile[] = [];
  for (const file of all) {
    if ([publicationsFileName, manifestFileName, tourFileName].includes(baseName(file.name))) continue;
    const features = collectionFeatures(file, problems);
    if (!features) continue;
    const entry = manifest?.layers.find((candidate) => candidate.file === baseName(file.name));
    layerFiles.push({
      file,
      features,
      entry,
      isPlaces: entry ? entry.kind === "places" : looksLikePlaces(features),
    });
  }
  const { validByFile, places, features } = checkLayers(layerFiles, publications, today, problems);
  const tourFile = all.find((file) => baseName(file.name) === tourFileName);
  const tour = tourFile
    ? readTour(
        tourFile,
        { publications, layerIds: new Set(manifest?.layers.map((entry) => entry.id)), features, today },
        problems,
      )
    : null;

  if (manifest && manifestFile?.target && publicationsFile?.target) {
    problems.push(
      ...completenessProblems(
        Object.keys(files),
        layerFiles,
        { file: manifestFile.name, layers: manifest.layers },
        { file: publicationsFile.name, ids: publications.keys() },
      ),
    );
  }

  if (!manifest || !publicationsFile) return { dataset: null, problems };
  const layers = manifest.layers.map((entry) => ({
    entry,
    collection: { type: "FeatureCollection" as const, features: validByFile.get(entry.file) ?? [] },
  }));
  return { dataset: { publications, manifest, layers, places, tour }, problems };
}
