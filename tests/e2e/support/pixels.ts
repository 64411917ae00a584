import { PNG } from "pngjs";

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

/** How many distinct colours (quantized to 4 bits a channel, so anti-aliasing noise does not count) a region has. */
export function distinctColours(
  png: PNG,
  region = { x: 0, y: 0, width: png.width, height: png.height },
): number {
  const seen = new Set<number>();
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const offset = (y * png.width + x) * 4;
      const key =
        ((png.data[offset] ?? 0) >> 4) |
        (((png.data[offset + 1] ?? 0) >> 4) << 4) |
        (((png.data[offset + 2] ?? 0) >> 4) << 8) |
        (((png.data[offset + 3] ?? 0) >> 4) << 12);
      seen.add(key);
    }
  }
  return seen.size;
}

/** Pixels that differ between two pictures of one size, and the largest difference in any channel. */
export function pixelDifference(a: PNG, b: PNG): { pixels: number; largest: number } {
  if (a.width !== b.width || a.height !== b.height) throw new Error("The pictures differ in size");
  let pixels = 0;
  let largest = 0;
  for (let offset = 0; offset < a.data.length; offset += 4) {
    let differs = false;
    for (let channel = 0; channel < 4; channel++) {
      const delta = Math.abs((a.data[offset + channel] ?? 0) - (b.data[offset + channel] ?? 0));
      if (delta > 0) differs = true;
      largest = Math.max(largest, delta);
    }
    if (differs) pixels++;
  }
  return { pixels, largest };
}
