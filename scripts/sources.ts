/**
 * Prints how checkable the data in geojson/ is (src/data/coverage.ts): publications with and without a link
 * by reliability grade, features per publication, claims resting on a single publication, and claims naming a
 * government with no response recorded. Ends with the summary line the README quotes.
 *
 *   npm run sources
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { coverage, coverageSummary } from "../src/data/coverage.ts";
import { formatProblem, parseDataset } from "../src/data/index.ts";

const dataDirectory = fileURLToPath(new URL("../geojson/", import.meta.url));

function table(header: string[], rows: Array<Array<string | number>>): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells: Array<string | number>) =>
    cells
      .map((cell, column) => String(cell).padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

const texts = Object.fromEntries(
  readdirSync(dataDirectory)
    .filter((name) => /\.(geo)?json$/.test(name))
    .sort()
    .map((name) => [name, readFileSync(join(dataDirectory, name), "utf8")]),
);
const { dataset, problems } = parseDataset(texts);
if (!dataset) {
  console.error(problems.map(formatProblem).join("\n"));
  process.exit(1);
}
if (problems.length > 0) console.error(`(${problems.length} problems: run npm run validate)\n`);

const result = coverage(dataset);
const output = [
  "Publications with and without a link, by reliability grade",
  table(
    ["grade", "with link", "without", "total"],
    result.byReliability.map((row) => [row.reliability, row.linked, row.unlinked, row.linked + row.unlinked]),
  ),
  "",
  "Features per publication (claims, responses and figures)",
  table(
    ["publication", "link", "features"],
    result.featuresPerPublication.map(({ publication, features }) => [
      publication,
      dataset.publications.get(publication)?.url ? "yes" : "no",
      features.length,
    ]),
  ),
  "",
  `Claims resting on a single publication (${result.singlePublication.length})`,
  table(
    ["feature", "publication"],
    result.singlePublication.map((row) => [row.feature, row.publication]),
  ),
  "",
  `Claims naming a government, with no response recorded (${result.withoutResponse.length})`,
  table(
    ["feature", "names"],
    result.withoutResponse.map((row) => [row.feature, row.governments.join(", ")]),
  ),
  "",
  coverageSummary(result),
];
console.log(output.join("\n"));
