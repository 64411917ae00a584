import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { PMTiles, type RangeResponse, type Source } from "pmtiles";
import { describe, expect, it } from "vitest";
import { serializeDirectory, writePmtiles } from "../../../scripts/pmtiles/write-pmtiles.ts";
import {
  fixtureLayers,
  fixtureZooms,
  rasterFixture,
  vectorFixture,
} from "../../../scripts/pmtiles-fixture.ts";

/** The archive's bytes as the `pmtiles` reader's Source: byte ranges, as a server or a File would give them. */
class BytesSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey() {
    return "memory";
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

function tileCoordinates(longitude: number, latitude: number, z: number): [number, number] {
  const n = 2 ** z;
  const radians = (latitude * Math.PI) / 180;
  return [
    Math.floor(((longitude + 180) / 360) * n),
    Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n),
  ];
}

describe("the PMTiles writer", () => {
  it("writes a header the pmtiles reader accepts: vector tiles, gzip, zooms and bounds", async () => {
    const archive = new PMTiles(new BytesSource(vectorFixture()));
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(1);
    expect(header.tileCompression).toBe(2);
    expect(header.internalCompression).toBe(2);
    expect(header.minZoom).toBe(fixtureZooms.minZoom);
    expect(header.maxZoom).toBe(fixtureZooms.maxZoom);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([132, 38, 137, 42]);
    expect(header.numAddressedTiles).toBeGreaterThan(fixtureZooms.maxZoom);
  });

  it("writes metadata whose vector_layers name each layer and its fields", async () => {
    const metadata = (await new PMTiles(new BytesSource(vectorFixture())).getMetadata()) as {
      vector_layers: Array<{ id: string; fields: Record<string, string> }>;
    };
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual(["positions", "tracks"]);
    expect(metadata.vector_layers[0]?.fields).toEqual({
      title: "String",
      speed_knots: "Number",
      note: "String",
    });
  });

  it("a tile read back decodes to the features that were written, with their properties", async () => {
    const archive = new PMTiles(new BytesSource(vectorFixture()));
    const [x, y] = tileCoordinates(135, 41, 7);
    const tile = await archive.getZxy(7, x, y);
    expect(tile).toBeDefined();
    const decoded = new VectorTile(new PbfReader(new Uint8Array(tile?.data ?? new ArrayBuffer(0))));
    const positions = decoded.layers.positions;
    expect(positions).toBeDefined();
    const titles = Array.from(
      { length: positions?.length ?? 0 },
      (_, index) => positions?.feature(index).properties.title,
    );
    expect(titles).toContain("Test vessel Bravo");
    const bravo = Array.from({ length: positions?.length ?? 0 }, (_, index) =>
      positions?.feature(index),
    ).find((feature) => feature?.properties.title === "Test vessel Bravo");
    const point = bravo?.toGeoJSON(x, y, 7).geometry;
    expect(point?.type).toBe("Point");
    const [longitude, latitude] = (point as { coordinates: number[] }).coordinates;
    expect(longitude).toBeCloseTo(135, 2);
    expect(latitude).toBeCloseTo(41, 2);
    expect(bravo?.properties.speed_knots).toBe(8);
  });

  it("the zoom-0 tile holds every layer", async () => {
    const tile = await new PMTiles(new BytesSource(vectorFixture())).getZxy(0, 0, 0);
    const decoded = new VectorTile(new PbfReader(new Uint8Array(tile?.data ?? new ArrayBuffer(0))));
    expect(Object.keys(decoded.layers).sort()).toEqual(Object.keys(fixtureLayers()).sort());
    expect(decoded.layers.tracks?.feature(0).properties.title).toBe("Test track One");
  });

  it("a raster archive says PNG in its header", async () => {
    const header = await new PMTiles(new BytesSource(rasterFixture())).getHeader();
    expect(header.tileType).toBe(2);
  });

  it("a root directory too large for the first 16 KiB moves its entries into leaf directories", async () => {
    // 20,000 scattered tiles of varied sizes: their directory does not compress into 16 KiB.
    const tiles: Array<{ z: number; x: number; y: number; data: Uint8Array }> = [];
    for (let index = 0; index < 20_000; index++) {
      const x = (index * 7919) % 1024;
      const y = (index * 104_729 + Math.floor(index / 1024) * 31) % 1024;
      tiles.push({ z: 10, x, y, data: new Uint8Array(1 + ((index * 37) % 101)) });
    }
    const bytes = writePmtiles(tiles, {
      tileType: "mvt",
      tileCompression: "none",
      metadata: { vector_layers: [] },
      bounds: [-180, -85, 180, 85],
    });
    const view = new DataView(bytes.buffer);
    expect(Number(view.getBigUint64(48, true))).toBeGreaterThan(0);
    const archive = new PMTiles(new BytesSource(bytes));
    const last = tiles.at(-1) as (typeof tiles)[number];
    expect((await archive.getZxy(10, last.x, last.y))?.data.byteLength).toBe(last.data.length);
    const missing = Array.from({ length: 1024 }, (_, x) => x).find(
      (x) => !tiles.some((tile) => tile.x === x && tile.y === 1000),
    ) as number;
    expect(await archive.getZxy(10, missing, 1000)).toBeUndefined();
  });

  it("directory offsets are 0 when an entry follows the previous one, else the offset plus one", () => {
    const bytes = serializeDirectory([
      { tileId: 1, offset: 0, length: 5, runLength: 1 },
      { tileId: 3, offset: 5, length: 2, runLength: 1 },
      { tileId: 4, offset: 100, length: 1, runLength: 1 },
    ]);
    expect([...bytes]).toEqual([3, 1, 2, 1, 1, 1, 1, 5, 2, 1, 1, 0, 101]);
  });
});
