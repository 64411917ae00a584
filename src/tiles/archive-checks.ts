/**
 * What the app checks before it draws a PMTiles archive, as pure functions with the messages the user reads:
 * where the archive lives (the page asks no host but its own), what kind of tiles it holds (vector only), and
 * which source layers its metadata names. The `pmtiles` reader itself is loaded only when an archive is opened.
 */

/** A file name or path the app opens as a PMTiles archive rather than importing it. */
export function isArchiveName(name: string): boolean {
  return /\.pmtiles$/i.test(name);
}

/** Dropped or chosen files, split into PMTiles archives and files for the importer. */
export function splitArchives(files: readonly File[]): { archives: File[]; others: File[] } {
  return {
    archives: files.filter((file) => isArchiveName(file.name)),
    others: files.filter((file) => !isArchiveName(file.name)),
  };
}

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * An archive URL as typed, resolved against the page: accepted only on the page's own origin (relative URLs
 * are), so that the Content-Security-Policy's `connect-src 'self'` holds and no other host learns what is viewed.
 */
export function sameOriginArchiveUrl(input: string, pageHref: string): UrlCheck {
  const text = input.trim();
  if (text === "") return { ok: false, message: "Type the address of a .pmtiles archive on this site." };
  let url: URL;
  try {
    url = new URL(text, pageHref);
  } catch {
    return { ok: false, message: `"${text}" is not a web address.` };
  }
  const page = new URL(pageHref);
  if (url.origin !== page.origin) {
    return {
      ok: false,
      message: `${text} is not on this site (${page.origin}): the app opens archives only from its own origin, so that the page asks no other host. Download the archive and open it from disk, or serve it beside the app.`,
    };
  }
  return { ok: true, url: url.href };
}

/** Tile types of the PMTiles v3 header (spec: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md). */
const tileTypeNames: Record<number, string> = {
  0: "tiles of an unknown type",
  1: "vector (MVT) tiles",
  2: "raster PNG tiles",
  3: "raster JPEG tiles",
  4: "raster WebP tiles",
  5: "raster AVIF tiles",
  6: "MapLibre Tile (MLT) vector tiles",
};

export const vectorTileType = 1;

/** Why an archive with this tile type cannot be a layer here, or null for vector (MVT) tiles. */
export function tileTypeProblem(tileType: number, name: string): string | null {
  if (tileType === vectorTileType) return null;
  const kind = tileTypeNames[tileType] ?? `tiles of type ${tileType}`;
  return `${name} holds ${kind}: the app opens vector (MVT) archives only, drawn with the imported-layer colours.`;
}

export type VectorLayerInfo = { id: string; fields: string[] };

/**
 * The source layers an archive's JSON metadata names (`vector_layers`, written by tippecanoe, GDAL and planetiler),
 * or why there are none to pick from.
 */
export function vectorLayersOf(metadata: unknown, name: string): VectorLayerInfo[] | string {
  const layers =
    metadata !== null && typeof metadata === "object" && "vector_layers" in metadata
      ? (metadata as { vector_layers: unknown }).vector_layers
      : undefined;
  if (!Array.isArray(layers))
    return `${name} names no vector layers in its metadata (no "vector_layers" list), so there is no layer to pick.`;
  const found: VectorLayerInfo[] = [];
  for (const layer of layers) {
    if (layer === null || typeof layer !== "object") continue;
    const { id, fields } = layer as { id?: unknown; fields?: unknown };
    if (typeof id !== "string" || id === "") continue;
    const fieldNames = fields !== null && typeof fields === "object" ? Object.keys(fields) : [];
    found.push({ id, fields: fieldNames });
  }
  if (found.length === 0)
    return `${name} lists no named vector layer in its metadata, so there is no layer to pick.`;
  return found;
}
