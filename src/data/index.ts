/*
 * The data model of the map: one schema for the app and the command-line validator. Pure and browser-safe:
 * nothing here reads files (scripts/validate.ts does that for Node).
 */
export {
  Citation,
  Discrepancy,
  ReportedFigure,
  Response,
  type ResponseKind,
  responseKinds,
} from "./citation-schema.ts";
export { type Coverage, coverage, coverageSummary } from "./coverage.ts";
export {
  type DataFeature,
  isPlaceFeature,
  PlaceFeature,
  PlaceProperties,
  placeKinds,
  RouteFeature,
  RouteProperties,
  routeModes,
} from "./feature-schema.ts";
export { Geometry, type GeometryType, geometryTypes, LinearRing, Position } from "./geometry-schema.ts";
export {
  IsoDate,
  isIsoDate,
  isoDateEndMs,
  isoDateStartMs,
  Period,
  periodEndMs,
  periodStartMs,
} from "./iso-date.ts";
export { type DecodedText, decodeDataBytes, parseJsonText } from "./json-text.ts";
export { limits, plausibleBounds } from "./limits.ts";
export {
  geometryTypesByKind,
  type LayerGroup,
  type LayerKind,
  LayerManifest,
  LayerManifestEntry,
  layerGroups,
  layerKinds,
} from "./manifest-schema.ts";
export {
  type Dataset,
  type DatasetLayer,
  manifestFileName,
  type ParseDatasetOptions,
  type ParseDatasetResult,
  parseDataset,
  publicationsFileName,
  tourFileName,
} from "./parse-dataset.ts";
export {
  checkUserFeatures,
  parseUserCollection,
  type UserCollectionOptions,
  type UserCollectionResult,
  type UserFeature,
} from "./parse-user-collection.ts";
export { Confidence, GeometryPrecision, HttpUrl, Identifier, Status } from "./primitives.ts";
export { type DataProblem, formatProblem, isUnsafeCharacter } from "./problems.ts";
export { Publication, publicationKinds, Reliability } from "./publication-schema.ts";
export {
  type Tour,
  TourCamera,
  TourRange,
  TourSentence,
  TourStep,
  tourLimits,
} from "./tour-schema.ts";
