import { expect, test, vi } from "vitest";
import {
  addPublication,
  searchPublications,
  suggestPublicationId,
} from "../../../src/editing/publications.ts";
import { readShippedTexts } from "../../support/shipped-texts.ts";

// Each check parses the whole dataset with the validator (about 0.1 s alone, seconds on a loaded machine).
vi.setConfig({ testTimeout: 30_000 });

const registry = (
  JSON.parse(readShippedTexts()["publications.json"] as string) as { publications: Record<string, unknown>[] }
).publications;
const today = "2100-01-01";

function shipped(id: string): Record<string, unknown> {
  const found = registry.find((publication) => publication.id === id);
  if (!found) throw new Error(`${id} is not in publications.json`);
  return found;
}

// Fictional test data.
const draft = {
  publisher: "The Example Gazette (weekend edition)",
  title: "A Fictional Report on Rail Freight",
  published: "2025-03-14",
  kind: "news",
  reliability: "C",
};

test("an id is suggested like the shipped ones: publisher, date, first words of the title", () => {
  expect(suggestPublicationId(draft)).toBe("example-gazette-2025-03-14-fictional-report-rail");
  expect(suggestPublicationId({ ...draft, published: "2025-03" })).toBe(
    "example-gazette-2025-03-fictional-report-rail",
  );
  expect(
    suggestPublicationId(draft, [
      "example-gazette-2025-03-14-fictional-report-rail",
      "example-gazette-2025-03-14-fictional-report-rail-2",
    ]),
  ).toBe("example-gazette-2025-03-14-fictional-report-rail-3");
});

test("a new publication gets the suggested id and passes", () => {
  const result = addPublication(registry, draft, { today });
  expect(result).toEqual({
    id: "example-gazette-2025-03-14-fictional-report-rail",
    publication: { id: "example-gazette-2025-03-14-fictional-report-rail", ...draft },
  });
});

test("the same address in other case, with www. or a trailing slash, names the listed publication", () => {
  const listed = registry.find((publication) => typeof publication.url === "string") as Record<
    string,
    unknown
  >;
  const url = new URL(listed.url as string);
  const variant = `${url.protocol}//WWW.${url.host.replace(/^www\./, "").toUpperCase()}${url.pathname}/${url.search}`;
  const result = addPublication(registry, { ...draft, url: variant }, { today });
  expect(result).toMatchObject({ duplicateOf: listed.id });
  expect("problems" in result && result.problems.get("url")).toEqual([
    `is the same address as the publication "${String(listed.id)}"; expected each publication listed once, with its own address`,
  ]);
});

test("the same publisher, title and date in other case and spacing names the listed publication", () => {
  const listed = shipped("rusi-2023-10-16-orient-express");
  const result = addPublication(
    registry,
    {
      ...draft,
      publisher: `  ${String(listed.publisher).toLowerCase()}`.trim(),
      title: String(listed.title).toUpperCase().replace(/ /g, "  "),
      published: listed.published,
    },
    { today },
  );
  expect(result).toMatchObject({ duplicateOf: "rusi-2023-10-16-orient-express" });
});

test("a future date, a javascript: address and a missing kind are named on their fields", () => {
  const { kind: _kind, ...withoutKind } = draft;
  const result = addPublication(
    registry,
    { ...withoutKind, published: "2101-01", url: "javascript:alert(1)" },
    { today },
  );
  if (!("problems" in result)) throw new Error("expected problems");
  expect([...result.problems.keys()].sort()).toEqual(["kind", "url"]);
  expect(result.problems.get("url")).toEqual([
    'uses the scheme "javascript:" ("javascript:alert(1)"); expected an absolute http: or https: URL',
  ]);
  const dated = addPublication(registry, { ...draft, published: "2101-01" }, { today });
  if (!("problems" in dated)) throw new Error("expected problems");
  expect(dated.problems.get("published")).toEqual([
    `is "2101-01", after today (${today}); expected a date that has happened`,
  ]);
});

test("an id already in use is refused", () => {
  const result = addPublication(registry, { ...draft, id: "rusi-2023-10-16-orient-express" }, { today });
  expect("problems" in result && result.problems.get("id")).toEqual([
    "is already used by an earlier publication; expected each publication id once",
  ]);
});

test("search finds publications by words of the publisher or title, without regard to case or accents", () => {
  const found = searchPublications(registry, "orient EXPRESS");
  expect(found.map((publication) => publication.id)).toEqual(["rusi-2023-10-16-orient-express"]);
  const byPublisher = searchPublications(registry, "csis");
  expect(byPublisher.length).toBeGreaterThan(1);
  expect(byPublisher.every((publication) => String(publication.publisher).startsWith("CSIS"))).toBe(true);
  const dates = byPublisher.map((publication) => String(publication.published));
  expect(dates).toEqual([...dates].sort().reverse());
  expect(searchPublications(registry, "gulten").map((publication) => publication.id)).toEqual([
    "ankasam-2022-11-gulten",
  ]);
  expect(searchPublications(registry, "no such words anywhere")).toEqual([]);
});
