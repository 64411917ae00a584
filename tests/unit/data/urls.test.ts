import { expect, test } from "vitest";
import { problemsOf, publications } from "./dataset-fixture.ts";

/** Problems of the fixture when the first publication's URL is replaced. */
function urlProblems(url: string): string[] {
  const [first, second] = publications();
  // Only the publication list: a refused publication also leaves its citations dangling elsewhere.
  return problemsOf({ publications: [{ ...first, url }, second] }).filter((problem) =>
    problem.startsWith("publications.json"),
  );
}

test("an https URL passes", () => {
  expect(urlProblems("https://beyondparallel.csis.org/some-analysis/")).toEqual([]);
});

test("a javascript: URL is refused", () => {
  expect(urlProblems("javascript:alert(1)")).toEqual([
    'publications.json publication-one url: uses the scheme "javascript:" ("javascript:alert(1)"); expected an absolute http: or https: URL',
  ]);
});

test("a mixed-case JaVaScRiPt: URL is refused", () => {
  expect(urlProblems("JaVaScRiPt:alert(1)")).toEqual([
    'publications.json publication-one url: uses the scheme "javascript:" ("JaVaScRiPt:alert(1)"); expected an absolute http: or https: URL',
  ]);
});

test("a data: URL is refused", () => {
  expect(urlProblems("data:text/html,<script>alert(1)</script>")).toEqual([
    'publications.json publication-one url: uses the scheme "data:" ("data:text/html,<script>alert(1)</script>"); expected an absolute http: or https: URL',
  ]);
});

test("a scheme hidden by a tab or a leading space is refused", () => {
  expect(urlProblems("java\tscript:alert(1)")).toEqual([
    'publications.json publication-one url: contains spaces, control or invisible characters ("java\\tscript:alert(1)"); expected an absolute http: or https: URL',
  ]);
  expect(urlProblems(" https://example.org/")).toEqual([
    'publications.json publication-one url: contains spaces, control or invisible characters (" https://example.org/"); expected an absolute http: or https: URL',
  ]);
});

test("an entity-encoded scheme is not an absolute URL", () => {
  expect(urlProblems("&#106;avascript:alert(1)")).toEqual([
    'publications.json publication-one url: is not an absolute URL ("&#106;avascript:alert(1)"); expected an absolute http: or https: URL',
  ]);
});

test("credentials in a URL are refused", () => {
  expect(urlProblems("https://user:secret@example.org/")).toEqual([
    'publications.json publication-one url: contains a user name or password ("https://user:secret@example.org/"); expected an absolute http: or https: URL',
  ]);
});
