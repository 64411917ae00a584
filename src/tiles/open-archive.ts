/**
 * Loaded on first use (see load-tiles.ts): the `pmtiles` reader and its MapLibre protocol. An archive on disk is
 * read through the File API, a byte range at a time, with no server at all; one on the app's origin with HTTP
 * range requests.
 */
import { addProtocol } from "maplibre-gl";
import { FileSource, PMTiles, Protocol } from "pmtiles";
import { tileTypeProblem, type VectorLayerInfo, vectorLayersOf } from "./archive-checks.ts";
import type { StoredArchiveSource } from "./tile-store.ts";

export const protocolScheme = "pmtiles";

let protocol: Protocol | null = null;

function ensureProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol(protocolScheme, protocol.tile);
  }
  return protocol;
}

/** A file's archive under a key of its own: two files of the same name must not share tiles. */
class KeyedFileSource extends FileSource {
  constructor(
    file: File,
    private readonly key: string,
  ) {
    super(file);
  }
  override getKey(): string {
    return this.key;
  }
}

export type OpenedArchive = {
  /** The URL the MapLibre vector source loads: pmtiles:// and the archive's key. */
  sourceUrl: string;
  vectorLayers: VectorLayerInfo[];
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
};

/**
 * Opens an archive and checks it: readable, a PMTiles archive, vector tiles, named source layers. Rejects with a
 * message naming the archive.
 */
export async function openArchive(
  id: string,
  name: string,
  source: StoredArchiveSource,
): Promise<OpenedArchive> {
  const key = source.kind === "file" ? `file-${id}` : source.url;
  const archive = new PMTiles(source.kind === "file" ? new KeyedFileSource(source.file, key) : source.url);
  let header: Awaited<ReturnType<PMTiles["getHeader"]>>;
  let metadata: unknown;
  try {
    header = await archive.getHeader();
    metadata = header.tileType === 1 ? await archive.getMetadata() : null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${name} could not be opened as a PMTiles archive: ${reason}`);
  }
  const typeProblem = tileTypeProblem(header.tileType, name);
  if (typeProblem) throw new Error(typeProblem);
  const layers = vectorLayersOf(metadata, name);
  if (typeof layers === "string") throw new Error(layers);
  ensureProtocol().add(archive);
  return {
    sourceUrl: `${protocolScheme}://${key}`,
    vectorLayers: layers,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
  };
}
