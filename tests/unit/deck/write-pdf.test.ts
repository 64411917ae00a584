/** The PDF writer, checked with poppler's tools as a reader would see the file. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber } from "@cantoo/pdf-lib";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, test } from "vitest";
import {
  type PagedDocument,
  type PageElement,
  pageSizes,
  type TextElement,
} from "../../../src/deck/page-elements.ts";
import { wrapParagraph } from "../../../src/deck/wrap-text.ts";
import { measurePdfText, writePdf } from "../../../src/deck/write-pdf.ts";
import { pdfFontsFromPackages } from "./pdf-fonts-from-packages.ts";

const fonts = pdfFontsFromPackages();
const measure = measurePdfText(fonts);
const a4 = pageSizes.find((size) => size.id === "a4-landscape");
if (!a4) throw new Error("A4 landscape is one of the page sizes");
const link = "https://example.org/report?id=42";

function checkerPng(): Uint8Array {
  const png = new PNG({ width: 8, height: 8 });
  for (let index = 0; index < 64; index++) {
    const dark = (index % 8) % 2 === Math.floor(index / 8) % 2;
    png.data.set(dark ? [40, 60, 90, 255] : [240, 235, 225, 255], index * 4);
  }
  return new Uint8Array(PNG.sync.write(png));
}

function text(role: TextElement["role"], y: number, paragraphs: TextElement["paragraphs"], size = 12) {
  return {
    kind: "text",
    role,
    box: { x: 40, y, width: 500, height: 120 },
    size,
    color: "#333333",
    paragraphs,
    paragraphGap: 6,
    lineHeight: 1.3,
  } satisfies PageElement;
}

const sample: PagedDocument = {
  size: a4,
  properties: {
    title: "Rajin to Tikhoretsk: alleged rail route",
    subject: "Publicly alleged arms-supply routes",
    author: "Briefing team",
    keywords: ["North Korea", "Russia", "rail"],
    created: "2026-03-01T12:00:00Z",
    provenance: "View: Tumen crossing\nLayers: rail",
  },
  pages: [
    {
      label: "Tumen crossing",
      notes: "",
      elements: [
        text("title", 30, [[{ text: "Rajin to Tikhoretsk: alleged rail route", bold: true }]], 20),
        text("body", 80, [
          [
            { text: "Trains cross the " },
            { text: "Friendship Bridge", bold: true },
            { text: " according to " },
            { text: "an open-source report", link },
            { text: "." },
          ],
          [{ text: "Хасан" }],
          [{ text: "두만강 " }, { text: "나선", bold: true }],
          [{ text: "両国の鉄道輸送" }],
        ]),
        {
          kind: "image",
          box: { x: 560, y: 80, width: 200, height: 200 },
          png: checkerPng(),
          pixelWidth: 8,
          pixelHeight: 8,
          altText: "Map",
        },
        {
          kind: "line",
          from: [40, 300],
          to: [500, 300],
          stroke: { color: "#b03a2e", width: 2, dash: "dash", opacity: 0.8 },
        },
        {
          kind: "rect",
          box: { x: 40, y: 320, width: 200, height: 60 },
          fill: { color: "#dde6eb", opacity: 1 },
          stroke: { color: "#4d7891", width: 1, dash: "dot", opacity: 1 },
        },
        {
          kind: "ellipse",
          box: { x: 260, y: 320, width: 60, height: 60 },
          fill: { color: "#f6f4ef", opacity: 0.5 },
        },
      ],
    },
    {
      label: "Sources",
      notes: "",
      elements: [
        text("heading", 30, [[{ text: "Sources", bold: true }]], 16),
        // Two lines fit the 40-point box; the third paragraph must not be drawn.
        {
          ...text("sources", 60, [
            [{ text: "First source" }],
            [{ text: "Second source" }],
            [{ text: "Overflowing" }],
          ]),
          box: { x: 40, y: 60, width: 500, height: 40 },
        },
      ],
    },
  ],
};

const directory = mkdtempSync(join(tmpdir(), "write-pdf-"));
const path = join(directory, "sample.pdf");
const run = (tool: string, ...args: string[]) => execFileSync(tool, [...args, path], { encoding: "utf8" });
const extractText = () => execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writePdf(sample, fonts);
  writeFileSync(path, bytes);
});

describe("PDF writer", () => {
  test("every piece of text is real text a reader can extract, Cyrillic and Hangul included", () => {
    const extracted = extractText().replace(/\s+/g, " ");
    for (const expected of [
      "Rajin to Tikhoretsk: alleged rail route",
      "Friendship Bridge",
      "an open-source report",
      "Хасан",
      "두만강",
      "両国の鉄道輸送",
      "Second source",
    ])
      expect(extracted).toContain(expected);
  });

  test("text that does not fit its box is not drawn", () => {
    expect(extractText()).not.toContain("Overflowing");
  });

  test("text is set in embedded subsets of Noto Sans, Noto Sans JP and Noto Sans KR", () => {
    const rows = run("pdffonts").split("\n").slice(2).filter(Boolean);
    const fontsUsed = rows.map((row) => {
      const [name = "", ...rest] = row.split(/\s+/);
      const [emb, sub, uni] = rest.slice(-5, -2);
      return { name: name.replace(/^[A-Z]{6}\+/, ""), tagged: /^[A-Z]{6}\+/.test(name), emb, sub, uni };
    });
    expect(fontsUsed.map((font) => font.name).sort()).toEqual([
      "NotoSans-Bold",
      "NotoSans-Regular",
      "NotoSansJP-Regular",
      "NotoSansKR-Bold",
      "NotoSansKR-Regular",
    ]);
    for (const font of fontsUsed)
      expect(font).toMatchObject({ tagged: true, emb: "yes", sub: "yes", uni: "yes" });
    // Whole fonts would be over 20 MB; subsets of a few dozen glyphs are kilobytes.
    expect(bytes.length).toBeLessThan(200_000);
  });

  test("metadata, page count, page size and creator", () => {
    const info = run("pdfinfo") + run("pdfinfo", "-custom");
    expect(info).toMatch(/^Title:\s+Rajin to Tikhoretsk: alleged rail route$/m);
    expect(info).toMatch(/^Subject:\s+Publicly alleged arms-supply routes$/m);
    expect(info).toMatch(/^Keywords:\s+North Korea Russia rail$/m);
    expect(info).toMatch(/^Author:\s+Briefing team$/m);
    expect(info).toMatch(/^Creator:\s+supply-route-map$/m);
    expect(info).toMatch(/^Provenance:\s+View: Tumen crossing/m);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
    expect(info).toMatch(/^CreationDate:.*2026/m);
  });

  test("the link run is a URI link on page 1", () => {
    expect(run("pdfinfo", "-url")).toMatch(
      new RegExp(`^\\s*1\\s+Annotation\\s+${link.replace(/[?.]/g, "\\$&")}$`, "m"),
    );
  });

  test("the link's clickable area covers exactly its words", async () => {
    const pdf = await PDFDocument.load(bytes);
    const annotations = pdf.getPage(0).node.Annots();
    const annotation = annotations?.lookup(0, PDFDict);
    const rect = annotation
      ?.lookup(PDFName.of("Rect"), PDFArray)
      .asArray()
      .map((value) => (value as PDFNumber).asNumber());
    const pageHeight = pdf.getPage(0).getHeight();
    // pdftotext -bbox gives each word's box from the top-left corner.
    const words = [
      ...execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", path, "-"], { encoding: "utf8" }).matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)</g,
      ),
    ].map(([, xMin, yMin, xMax, yMax, word]) => ({
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
      word,
    }));
    const first = words.find((word) => word.word === "an");
    const last = words.find((word) => word.word === "report.");
    if (!rect || !first || !last) throw new Error("link annotation or its words not found");
    const [left, bottom, right, top] = rect as [number, number, number, number];
    expect(annotations?.size()).toBe(1);
    expect(left).toBeCloseTo(first.xMin, 0);
    // The link ends before the full stop, which is not part of it.
    expect(right).toBeLessThan(last.xMax);
    expect(right).toBeGreaterThan(last.xMax - 5);
    expect(pageHeight - top).toBeCloseTo(first.yMin, 0);
    expect(pageHeight - bottom).toBeCloseTo(first.yMax, 0);
  });

  test("each page has a bookmark titled with its label", () => {
    const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", "-q", path], { encoding: "utf8" });
    expect(
      [...xml.matchAll(/<item page="(\d+)">([^<]+)<\/item>/g)].map((match) => [match[1], match[2]]),
    ).toEqual([
      ["1", "Tumen crossing"],
      ["2", "Sources"],
    ]);
  });
});

describe("line wrapping with the PDF fonts' metrics", () => {
  const paragraph = [
    { text: "Alleged shipments via Rajin and " },
    { text: "Vostochny", bold: true },
    { text: " port, 두만강 and Хасан." },
  ];

  test("lines never exceed the width and keep every word", () => {
    const lines = wrapParagraph(paragraph, 120, 12, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120.01);
    const rejoined = lines.map((line) => line.pieces.map((piece) => piece.text).join("")).join(" ");
    expect(rejoined).toBe(paragraph.map((run) => run.text).join(""));
  });

  test("bold text is wider than regular text; Hangul and kanji are measured from their own fonts", () => {
    expect(measure("Vostochny", 12, true)).toBeGreaterThan(measure("Vostochny", 12, false));
    // Noto Sans has neither; Noto Sans KR's syllables advance 0.92 em, Noto Sans JP's kanji 1 em.
    expect(measure("두만강", 10, false)).toBeCloseTo(27.6, 3);
    expect(measure("両国", 10, false)).toBeCloseTo(20, 3);
  });

  test("a word wider than the box breaks between characters", () => {
    const lines = wrapParagraph([{ text: "Tikhoretskaya" }], 30, 12, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(30.01);
  });
});
