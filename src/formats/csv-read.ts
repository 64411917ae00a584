import type { DataProblem } from "../data/problem-text.ts";
import { type CsvColumns, type CsvPosition, guessColumns, positionColumns } from "./csv-columns.ts";
import { csvTable } from "./csv-table.ts";
import { cellValue, numberOf, timeOf } from "./csv-values.ts";
import { periodOf } from "./dates.ts";
import type { ReadFeature, ReadLayer, ReadResult } from "./read-result.ts";
import { parseWkt } from "./wkt.ts";

/** A row's cells in the header's order (arrays, not one object per row: 100,000 rows must stay cheap). */
type Row = { line: number; cells: readonly string[] };
type Located = { row: Row; geometry: unknown };
type Columns = { names: readonly string[]; at: ReadonlyMap<string, number> };

function cell(row: Row, columns: Columns, name: string): string {
  return row.cells[columns.at.get(name) ?? -1] ?? "";
}

function rowLabel(line: number): string {
  return `row ${line}`;
}

function rowProblem(file: string, row: Row, column: string, message: string): DataProblem {
  return { file, feature: rowLabel(row.line), path: column, message };
}

function geometryOf(row: Row, columns: Columns, position: CsvPosition, file: string): unknown | DataProblem {
  if (position.kind === "wkt") {
    const geometry = parseWkt(cell(row, columns, position.column));
    return "problem" in geometry ? rowProblem(file, row, position.column, geometry.problem) : geometry;
  }
  const longitude = cell(row, columns, position.lon);
  const latitude = cell(row, columns, position.lat);
  const x = numberOf(longitude);
  const y = numberOf(latitude);
  if (x === undefined || y === undefined) {
    const [column, text] = y === undefined ? [position.lat, latitude] : [position.lon, longitude];
    return rowProblem(
      file,
      row,
      column,
      `is ${JSON.stringify(text)}; expected a number (a decimal point or a decimal comma)`,
    );
  }
  return { type: "Point", coordinates: [x, y] };
}

function isProblem(value: unknown): value is DataProblem {
  return value !== null && typeof value === "object" && "message" in value && "path" in value;
}

function propertiesOf(row: Row, columns: Columns, skip: ReadonlySet<string>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [index, column] of columns.names.entries()) {
    if (skip.has(column)) continue;
    const value = cellValue(row.cells[index] ?? "");
    if (value !== undefined) properties[column] = value;
  }
  return properties;
}

/** One time-ordered line per id: a vessel's track, with its first and last time. Ids with one position have none. */
function tracksOf(
  located: readonly Located[],
  columns: Columns,
  idColumn: string,
  timeColumn: string,
  file: string,
) {
  const byId = new Map<string, Array<{ time: number; text: string; position: unknown }>>();
  const problems: DataProblem[] = [];
  for (const { row, geometry } of located) {
    const id = cell(row, columns, idColumn).trim();
    const text = cell(row, columns, timeColumn).trim();
    const time = timeOf(text);
    const coordinates = (geometry as { type: string; coordinates: unknown }).coordinates;
    if (id === "" || time === undefined || (geometry as { type: string }).type !== "Point") {
      const why =
        id === ""
          ? [idColumn, "is empty; expected the id of the track the position belongs to"]
          : time === undefined
            ? [
                timeColumn,
                `is ${JSON.stringify(text)}; expected an ISO date or date-time such as 2024-03-01T06:30:00Z`,
              ]
            : ["geometry", "is not a point; expected one position per row for a track"];
      problems.push({
        file,
        feature: rowLabel(row.line),
        path: why[0] as string,
        message: `${why[1]} (kept as a point, left out of the tracks)`,
        severity: "warning",
      });
      continue;
    }
    const list = byId.get(id) ?? [];
    list.push({ time, text, position: coordinates });
    byId.set(id, list);
  }
  const features: ReadFeature[] = [];
  for (const [id, positions] of byId) {
    if (positions.length < 2) continue;
    positions.sort((a, b) => a.time - b.time);
    const first = positions[0] as (typeof positions)[number];
    const last = positions.at(-1) as (typeof positions)[number];
    const period = periodOf(first.text, last.text);
    features.push({
      feature: {
        type: "Feature",
        geometry: { type: "LineString", coordinates: positions.map((position) => position.position) },
        properties: {
          title: id,
          [idColumn]: cellValue(id),
          start_time: first.text,
          end_time: last.text,
          positions: positions.length,
          ...(period ? { period } : {}),
        },
      },
      label: `track ${JSON.stringify(id.slice(0, 80))}`,
    });
  }
  return { features, problems };
}

/**
 * CSV or TSV rows as features: a point (lat/lon) or any geometry (WKT) per row, the other columns as properties.
 * With an id and a time column, rows sharing an id also make one time-ordered line (a track), and the points
 * are a second layer when `keepPoints` says so. A row whose position cannot be read is left out and named.
 */
export function readCsv(fileName: string, text: string, chosen?: CsvColumns): ReadResult {
  const table = csvTable(text);
  if ("refused" in table) return table;
  const columns = chosen ?? guessColumns(table.columns);
  const position = columns.position;
  if (position === null)
    return {
      refused: `names no coordinate columns (found ${table.columns.map((column) => JSON.stringify(column)).join(", ")}); expected lat/latitude/y and lon/lng/long/longitude/x, or a WKT column`,
    };
  const missing = positionColumns(position).find((column) => !table.columns.includes(column));
  if (missing !== undefined) return { refused: `has no column ${JSON.stringify(missing)}` };
  const skip = new Set(positionColumns(position));
  const header: Columns = {
    names: table.columns,
    at: new Map(table.columns.map((name, index) => [name, index])),
  };
  const problems: DataProblem[] = [];
  const located: Located[] = [];
  let skipped = 0;
  for (const [index, cells] of table.rows.entries()) {
    if (cells.every((cell) => cell.trim() === "")) continue;
    const row: Row = { line: index + 2, cells };
    const geometry = geometryOf(row, header, position, fileName);
    if (isProblem(geometry)) {
      problems.push(geometry);
      skipped++;
      continue;
    }
    located.push({ row, geometry });
  }
  const points: ReadFeature[] = located.map(({ row, geometry }) => ({
    feature: { type: "Feature", geometry, properties: propertiesOf(row, header, skip) },
    label: rowLabel(row.line),
  }));
  if (columns.id === null || columns.time === null) {
    return { layers: [{ name: null, features: points }], problems, skipped };
  }
  const tracks = tracksOf(located, header, columns.id, columns.time, fileName);
  const layers: ReadLayer[] = [{ name: "tracks", features: tracks.features }];
  if (columns.keepPoints || tracks.features.length === 0)
    layers.push({ name: "positions", features: points });
  return { layers, problems: [...problems, ...tracks.problems], skipped };
}
