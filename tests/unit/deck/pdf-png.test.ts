/** PNGs embedded in a PDF come back out with the same pixels (poppler's pdfimages), alpha as a soft mask. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
} from "@cantoo/pdf-lib";
import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import { embedPng } from "../../../src/deck/pdf-png.ts";

const width = 67;
const height = 41;

/** Gradients, edges and noise, so the encoder uses every row filter. */
function picture(alpha: (x: number, y: number) => number): PNG {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const index = (y * width + x) * 4;
      png.data[index] = (x * 7 + y * 3) & 255;
      png.data[index + 1] = x > 30 ? 200 : (y * 11) & 255;
      png.data[index + 2] = (x * y * 31 + 17) % 251;
      png.data[index + 3] = alpha(x, y);
    }
  }
  return png;
}

type Extracted = { list: string; images: PNG[] };

async function roundTrip(png: Uint8Array): Promise<Extracted> {
  const document = await PDFDocument.create();
  const page = document.addPage([200, 200]);
  const name = page.node.newXObject("Image", await embedPng(document, png));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(100, 0, 0, 60, 10, 10),
    drawObject(name),
    popGraphicsState(),
  );
  const directory = mkdtempSync(join(tmpdir(), "pdf-png-"));
  const path = join(directory, "image.pdf");
  writeFileSync(path, await document.save());
  execFileSync("pdfimages", ["-png", path, join(directory, "out")]);
  const images = readdirSync(directory)
    .filter((file) => file.startsWith("out"))
    .sort()
    .map((file) => PNG.sync.read(readFileSync(join(directory, file))));
  return { list: execFileSync("pdfimages", ["-list", path], { encoding: "utf8" }), images };
}

function channels(png: PNG, offsets: number[]): number[] {
  const values: number[] = [];
  for (let index = 0; index < png.width * png.height; index++)
    for (const offset of offsets) values.push(png.data[index * 4 + offset] as number);
  return values;
}

describe("PNG images in the PDF", () => {
  test("an RGB PNG's pixels are unchanged (its compressed rows are embedded as they are)", async () => {
    const source = picture(() => 255);
    const { list, images } = await roundTrip(new Uint8Array(PNG.sync.write(source, { colorType: 2 })));
    expect(list).not.toContain("smask");
    expect(images).toHaveLength(1);
    expect(channels(images[0] as PNG, [0, 1, 2])).toEqual(channels(source, [0, 1, 2]));
  });

  test("an opaque RGBA PNG loses only its alpha channel", async () => {
    const source = picture(() => 255);
    const { list, images } = await roundTrip(new Uint8Array(PNG.sync.write(source, { colorType: 6 })));
    expect(list).not.toContain("smask");
    expect(channels(images[0] as PNG, [0, 1, 2])).toEqual(channels(source, [0, 1, 2]));
  });

  test("a translucent RGBA PNG keeps its alpha as a soft mask", async () => {
    const source = picture((x, y) => (x * 5 + y) & 255);
    const { list, images } = await roundTrip(new Uint8Array(PNG.sync.write(source, { colorType: 6 })));
    expect(list).toContain("smask");
    const [colour, mask] = images as [PNG, PNG];
    expect(channels(colour, [0, 1, 2])).toEqual(channels(source, [0, 1, 2]));
    expect(channels(mask, [0])).toEqual(channels(source, [3]));
  });

  test("a file that is not a PNG is refused", async () => {
    await expect(embedPng(await PDFDocument.create(), new Uint8Array([1, 2, 3]))).rejects.toThrow(
      /Not a PNG/,
    );
  });
});
