/** Caps and bounds shared by the schema, the dataset rules and the user-import check. */
export const limits = {
  identifierLength: 80,
  titleLength: 120,
  /** Units and qualifiers of reported figures: a word or two. */
  unitLength: 40,
  claimLength: 600,
  noteLength: 1000,
  /** Quotes are short verbatim extracts; a longer text belongs in a paraphrase, not a quote. */
  quoteLength: 300,
  confidenceNoteMinimum: 20,
  publisherLength: 200,
  publicationTitleLength: 300,
  /** A user file larger than this is refused before it is read (the import reads it whole into memory). */
  userFileBytes: 100 * 1024 * 1024,
  /**
   * A GeoJSON file up to this size is drawn from its raw bytes while it is checked, so MapLibre's worker and the
   * import worker hold it at once (1.36 GB of browser memory at the peak for a 28.9 MB file, against 0.93–1.0 GB
   * checked first). A larger file is checked first: the peak near the 100 MB limit stays what it was.
   */
  provisionalDrawBytes: 32 * 1024 * 1024,
  /** A user file above this many characters is refused before parsing; the same figure as the byte limit. */
  userFileCharacters: 100 * 1024 * 1024,
  /** JSON nesting deeper than this is refused: no real GeoJSON needs it and deep recursion can crash. */
  jsonDepth: 512,
  /** The duplicate-key scan re-reads the text; above this size it is skipped (and the skip is reported). */
  duplicateKeyScanCharacters: 10_000_000,
  /** Repeated keys reported one by one; the rest are counted in one line. */
  duplicateKeysListed: 20,
  /**
   * Self-intersection checks are quadratic (@turf/kinks); rings with more vertices than this are not checked.
   * See the research notes: @turf/boolean-valid took 4.8 s on one 20,000-vertex ring.
   */
  kinkCheckVertices: 5_000,
  /** Coordinate problems listed per feature before the rest are summarised in one line. */
  coordinateProblemsPerFeature: 10,
  /** How far (km) a route's line may pass from a place named in its `waypoints`. */
  waypointToleranceKm: 1,
} as const;

/**
 * Where this project's data may lie: Europe and the Middle East to the Russian Far East. Anything outside is a
 * typo, a swapped [lat, lon] pair or projected metres. North Africa west of 10° E is outside on purpose: the only
 * North African feature is a schematic area east of it.
 */
export const plausibleBounds = { west: 10, south: 20, east: 180, north: 75 } as const;
