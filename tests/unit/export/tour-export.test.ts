import { expect, test } from "vitest";
import type { Tour, TourStep } from "../../../src/data/index.ts";
import {
  exportEveryStep,
  stepFileName,
  stepRequest,
  tourArchiveName,
} from "../../../src/export/tour-export.ts";

function step(id: string): TourStep {
  return {
    id,
    title: `Step ${id}`,
    text: [{ text: "Framing.", framing: true }],
    camera: { center: [131, 42], zoom: 7, bearing: 0, pitch: 0 },
    layers: ["rail"],
    range: {},
    highlight: [],
  };
}

const tour: Tour = {
  title: "The alleged North Korea → Russia routes, 2022–2025",
  steps: [step("a"), step("b")],
};

test("pictures are numbered so that a folder lists them in step order", () => {
  expect(stepFileName(tour, 2)).toBe("02-b.png");
  const long: Tour = { ...tour, steps: Array.from({ length: 120 }, (_, index) => step(`s${index}`)) };
  expect(stepFileName(long, 7)).toBe("007-s6.png");
});

test("the archive is named after the tour and the day", () => {
  expect(tourArchiveName(tour, "2026-11-24")).toBe(
    "the-alleged-north-korea-russia-routes-2022-2025-2026-11-24.zip",
  );
});

test("a step's picture is a 1920 × 1080 slide titled by the step, placed in the tour", () => {
  expect(stepRequest(tour, 2, "2026-11-24")).toMatchObject({
    width: 1920,
    height: 1080,
    scale: 1,
    title: "Step b",
    subtitle: `Step 2 of 2 · ${tour.title}`,
  });
});

test("exporting every step pictures each in turn and stores them in one archive", async () => {
  const calls: string[] = [];
  const archive = await exportEveryStep({
    tour,
    onProgress: (number) => calls.push(`progress ${number}`),
    picture: async (number) => {
      calls.push(`picture ${number}`);
      const continuation = number === 2 ? [new Blob(["sources of step 2, continued"])] : [];
      return { blob: new Blob([`picture of step ${number}`]), continuation };
    },
    modified: new Date(2026, 10, 24),
  });
  expect(calls).toEqual(["progress 1", "picture 1", "progress 2", "picture 2"]);
  expect(archive.type).toBe("application/zip");
  const text = new TextDecoder().decode(await archive.arrayBuffer());
  expect(text).toContain("01-a.png");
  expect(text).toContain("picture of step 2");
  expect(text).toContain("02-b-sources-1.png");
  expect(text).toContain("sources of step 2, continued");
  expect(text).not.toContain("01-a-sources-1.png");
});
