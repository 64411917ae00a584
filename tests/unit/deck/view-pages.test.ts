import { describe, expect, test } from "vitest";
import type { MeasureText, PageElement, TextElement } from "../../../src/deck/page-elements.ts";
import { pageSizes } from "../../../src/deck/page-elements.ts";
import { viewFrame, viewPages } from "../../../src/deck/view-page.ts";
import type { NumberedSource } from "../../../src/state/source-numbering.ts";
import { legendModel } from "../../../src/symbology/legend-model.ts";

/** Every character half an em wide, bold a little wider: wrapping and heights behave like a real face. */
const measure: MeasureText = (text, size, bold) => text.length * size * (bold ? 0.55 : 0.5);

function sources(count: number): NumberedSource[] {
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    citation: {
      publicationId: `p${index + 1}`,
      resolved: true,
      publisher: `Publisher ${index + 1}`,
      title: "A headline of ordinary length about rail traffic at the border".slice(
        0,
        20 + ((index * 13) % 45),
      ),
      published: "2024-05-01",
      url: `https://example.org/${index + 1}`,
    },
  }));
}

const legend = legendModel([
  { id: "rail", title: "Tumangang–Khasan rail link", color: "#d95f02", kind: "routes", role: "flow" },
  { id: "events", title: "Visits, summits and sanctions", color: "#000000", kind: "events" },
]);

const content = {
  title: "Alleged supply routes",
  subtitle: "2 layers · all dates",
  legend,
  caveat: "Routes and flows are alleged.",
  dateStamp: "2026-12-02",
  attribution: "Natural Earth",
};

const image = (box: { x: number; y: number; width: number; height: number }): PageElement => ({
  kind: "image",
  box,
  png: new Uint8Array(),
  pixelWidth: 1,
  pixelHeight: 1,
  altText: "map",
});

function sourceNumbersOn(elements: PageElement[]): number[] {
  return elements
    .filter((element): element is TextElement => element.kind === "text" && element.role === "sources")
    .flatMap((element) =>
      element.paragraphs.map((paragraph) => Number.parseInt(paragraph[0]?.text ?? "", 10)),
    );
}

describe.each(pageSizes)("a map page on $label lists every source, continuing onto more pages", (size) => {
  test.each([5, 35, 120, 300])("%i sources", (count) => {
    const frame = viewFrame(size, content, measure);
    const pages = viewPages(frame, image(frame.map) as never, sources(count), "notes", measure);
    const listed = pages.flatMap((page) => sourceNumbersOn(page.elements));
    expect(listed).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    if (count === 5) expect(pages).toHaveLength(1);
    else expect(pages.length).toBeGreaterThan(1);
    if (count === 300) expect(pages.length).toBeGreaterThan(2);
    for (const [index, page] of pages.entries()) {
      if (index > 0) expect(page.label).toMatch(/^Sources, continued/);
      for (const element of page.elements) {
        if (element.kind !== "text") continue;
        expect(element.box.y + element.box.height).toBeLessThanOrEqual(size.height + 0.01);
        expect(element.box.x + element.box.width).toBeLessThanOrEqual(size.width + 0.01);
      }
    }
    // The map's page keeps the map and the legend; the list under it starts at 1.
    expect(pages[0]?.elements.some((element) => element.kind === "image")).toBe(true);
  });
});
