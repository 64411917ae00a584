import { expect, test } from "vitest";
import type { Publication, ReportedFigure, Response } from "../../../src/data/index.ts";
import { figureAndResponseLines, sourceLine } from "../../../src/export/source-list.ts";
import { figureRecords, responseRecords, widthFigure } from "../../../src/prepare/prepare-layers.ts";
import { citationRecord } from "../../../src/state/citation-record.ts";
import type { FeatureRecord } from "../../../src/state/feature-record.ts";
import { SourceNumbering } from "../../../src/state/source-numbering.ts";

const publications = new Map<string, Publication>(
  [
    {
      id: "state",
      publisher: "US Department of State",
      title: "Fact sheet",
      title_is_description: true,
      published: "2024-06",
      kind: "government-statement",
      reliability: "B",
    },
    {
      id: "minister",
      publisher: "Ministry of Defence",
      title: "Meeting with reporters",
      title_is_description: true,
      published: "2024-02-26",
      kind: "government-statement",
      reliability: "B",
    },
    {
      id: "think-tank",
      publisher: "A think tank",
      title: "Ongoing Arms Transfer Activity",
      published: "2024-09-01",
      kind: "imagery-analysis",
      reliability: "B",
    },
  ].map((publication) => [publication.id, publication as Publication]),
);
const lookup = (id: string) => publications.get(id);

function figure(amount: number, as_of: string, publication: string, unit = "containers"): ReportedFigure {
  return { amount, unit, counts: `${unit} sent`, as_of, claimant: `Claimant of ${publication}`, publication };
}

test("figures that differ are all listed, by unit and in as-of order, none merged", () => {
  const figures = [
    figure(10_000, "2024-02-23", "state"),
    figure(3_000_000, "2024-02-26", "minister", "152 mm rounds"),
    figure(6_700, "2024-02-26", "minister"),
    figure(11_000, "2024-06", "state"),
  ];
  const rows = figureRecords(figures, lookup).map(
    (row) => `${row.amount} ${row.unit} (${row.asOf}, ${row.claimant})`,
  );
  expect(rows).toEqual([
    "10,000 containers (2024-02-23, Claimant of state)",
    "6,700 containers (2024-02-26, Claimant of minister)",
    "11,000 containers (2024-06, Claimant of state)",
    "3,000,000 152 mm rounds (2024-02-26, Claimant of minister)",
  ]);
});

test("a figure row names its publication, a description in square brackets", () => {
  const [row] = figureRecords([{ ...figure(6_700, "2024-02-26", "minister"), qualifier: "about" }], lookup);
  expect(row?.amount).toBe("about 6,700");
  expect(row?.publication).toBe("Ministry of Defence, 2024-02-26");
  expect(row?.publicationLine).toBe("Ministry of Defence, [Meeting with reporters], 2024-02-26");
});

test("the line width follows the latest government figure, not the largest or a think tank's", () => {
  const figures = [
    figure(11_000, "2024-06", "state"),
    figure(6_700, "2024-02-26", "minister"),
    figure(25_000, "2024-09-01", "think-tank"),
  ];
  expect(widthFigure(figures, lookup)?.amount).toBe(11_000);
  expect(figureRecords(figures, lookup).map((row) => row.setsWidth)).toEqual([false, true, false]);
});

test("responses read oldest first with their kind: denied, then acknowledged", () => {
  const response = (kind: Response["kind"], date: string): Response => ({
    kind,
    who: "A government",
    date,
    citations: [{ publication: "state" }],
  });
  const records = responseRecords(
    [
      response("acknowledged", "2025-04-28"),
      response("denied", "2024-10-10"),
      response("neither-confirmed-nor-denied", "2024-10-25"),
    ],
    lookup,
  );
  expect(records.map((record) => `${record.date} ${record.kindLabel}`)).toEqual([
    "2024-10-10 Denied",
    "2024-10-25 Neither confirmed nor denied",
    "2025-04-28 Acknowledged",
  ]);
});

test("the exported source list shows a description in square brackets and a headline in quotation marks", () => {
  const feature = {
    citations: [citationRecord({ publication: "think-tank" }, lookup)],
    responses: [
      {
        kind: "denied",
        kindLabel: "Denied",
        who: "A government",
        date: "2024-05",
        citations: [citationRecord({ publication: "minister" }, lookup)],
      },
    ],
  } as unknown as FeatureRecord;
  const numbered = new SourceNumbering().number([feature]);
  expect(numbered.sources.map((source) => sourceLine(source, { withLinks: false }))).toEqual([
    "A think tank, “Ongoing Arms Transfer Activity”, 2024-09-01, reliability B",
    "Ministry of Defence, [Meeting with reporters], 2024-02-26, reliability B",
  ]);
});

test("the exported picture's metadata lists every figure and response of the features drawn, one a line", () => {
  const feature = {
    title: "Totals",
    figures: figureRecords(
      [figure(6_700, "2024-02-26", "minister"), figure(10_000, "2024-02-23", "state")],
      lookup,
    ),
    responses: responseRecords(
      [
        {
          kind: "declined-to-comment",
          who: "A minister",
          date: "2023-10",
          citations: [{ publication: "state" }],
        },
      ],
      lookup,
    ),
  } as unknown as FeatureRecord;
  expect(figureAndResponseLines([feature])).toEqual({
    figures: [
      "Totals: 10,000 containers — containers sent (as of 2024-02-23; Claimant of state; US Department of State, [Fact sheet], 2024-06)",
      "Totals: 6,700 containers — containers sent (as of 2024-02-26; Claimant of minister; Ministry of Defence, [Meeting with reporters], 2024-02-26)",
    ],
    responses: ["Totals: Declined to comment — A minister, 2023-10"],
  });
});

test("a distance never sets the line width: it is not a volume", () => {
  expect(widthFigure([figure(290, "2023-10-13", "state", "km")], lookup)).toBeUndefined();
});
