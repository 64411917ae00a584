/**
 * A small PMTiles v3 writer: tiles in, one archive's bytes out (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
 * The `pmtiles` package only reads, so the test archives and the benchmark's archive are written here.
 *
 * Layout: the 127-byte header, the root directory, the JSON metadata, leaf directories (only when the root
 * would not fit in the first 16 KiB, which readers fetch in one request), then the tile data in tile-id order
 * (a "clustered" archive). Directories and metadata are gzipped; tiles are gzipped or stored as they are.
 */
import { gzipSync } from "node:zlib";
import { zxyToTileId } from "pmtiles";

export type TileInput = { z: number; x: number; y: number; data: Uint8Array };

/** The header's codes (spec v3): compression 1 none, 2 gzip; tile type 1 MVT, 2 PNG, 3 JPEG, 4 WebP. */
export const compressionCode = { none: 1, gzip: 2 } as const;
export const tileTypeCode = { mvt: 1, png: 2, jpeg: 3, webp: 4 } as const;

export type ArchiveOptions = {
  tileType: keyof typeof tileTypeCode;
  tileCompression: keyof typeof compressionCode;
  /** The JSON metadata: for vector tiles, `vector_layers` names each source layer and its fields. */
  metadata: Record<string, unknown>;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center?: { longitude: number; latitude: number; zoom: number };
};

type Entry = { tileId: number; offset: number; length: number; runLength: number };

const headerLength = 127;
/** Readers fetch the first 16,384 bytes at once: header and root directory must fit in them. */
const firstRequest = 16_384;

function writeVarint(out: number[], value: number): void {
  let rest = value;
  // Arithmetic rather than bit operations: tile ids and offsets go beyond 32 bits.
  while (rest >= 0x80) {
    out.push((rest % 0x80) + 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** A directory as the spec serialises it: count, then delta ids, run lengths, lengths, offsets (columns). */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    writeVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) writeVarint(out, entry.runLength);
  for (const entry of entries) writeVarint(out, entry.length);
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    // 0 means "right after the previous entry's data"; any other offset is stored plus one.
    const follows = previous !== undefined && entry.offset === previous.offset + previous.length;
    writeVarint(out, follows ? 0 : entry.offset + 1);
  });
  return Uint8Array.from(out);
}

function gzip(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(bytes));
}

/** The root directory, and leaf directories when the root alone would be too large for the first request. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = gzip(serializeDirectory(entries));
  if (headerLength + root.length <= firstRequest) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafParts: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let start = 0; start < entries.length; start += leafSize) {
      const leaf = gzip(serializeDirectory(entries.slice(start, start + leafSize)));
      const first = entries[start] as Entry;
      // A run length of 0 marks an entry that points at a leaf directory, not at a tile.
      rootEntries.push({ tileId: first.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const leafRoot = gzip(serializeDirectory(rootEntries));
    if (headerLength + leafRoot.length <= firstRequest) return { root: leafRoot, leaves: concat(leafParts) };
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function degrees(view: DataView, at: number, value: number): void {
  view.setInt32(at, Math.round(value * 1e7), true);
}

/** Writes the archive. Tiles may come in any order; two tiles with the same z/x/y are an error. */
export function writePmtiles(tiles: readonly TileInput[], options: ArchiveOptions): Uint8Array {
  if (tiles.length === 0) throw new Error("A PMTiles archive needs at least one tile");
  const sorted = tiles
    .map((tile) => ({ tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const contents: Uint8Array[] = [];
  let offset = 0;
  for (const { tile, tileId } of sorted) {
    const previous = entries.at(-1);
    if (previous?.tileId === tileId) throw new Error(`Tile ${tile.z}/${tile.x}/${tile.y} is given twice`);
    const data = options.tileCompression === "gzip" ? gzip(tile.data) : tile.data;
    entries.push({ tileId, offset, length: data.length, runLength: 1 });
    contents.push(data);
    offset += data.length;
  }
  const tileData = concat(contents);
  const { root, leaves } = directories(entries);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));

  const rootOffset = headerLength;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const tileDataOffset = leavesOffset + leaves.length;
  const zooms = sorted.map(({ tile }) => tile.z);
  const minZoom = Math.min(...zooms);
  const maxZoom = Math.max(...zooms);
  const [west, south, east, north] = options.bounds;
  const center = options.center ?? {
    longitude: (west + east) / 2,
    latitude: (south + north) / 2,
    zoom: minZoom,
  };

  const header = new Uint8Array(headerLength);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode("PMTiles"), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, tileDataOffset);
  u64(64, tileData.length);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, entries.length);
  view.setUint8(96, 1);
  view.setUint8(97, compressionCode.gzip);
  view.setUint8(98, compressionCode[options.tileCompression]);
  view.setUint8(99, tileTypeCode[options.tileType]);
  view.setUint8(100, minZoom);
  view.setUint8(101, maxZoom);
  degrees(view, 102, west);
  degrees(view, 106, south);
  degrees(view, 110, east);
  degrees(view, 114, north);
  view.setUint8(118, center.zoom);
  degrees(view, 119, center.longitude);
  degrees(view, 123, center.latitude);

  return concat([header, root, metadata, leaves, tileData]);
}
