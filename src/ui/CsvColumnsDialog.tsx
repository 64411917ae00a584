import { useId, useState } from "react";
import type { CsvColumns, CsvPosition } from "../formats/csv-columns.ts";
import type { PendingCsv } from "../import/use-imported-layers.ts";

type Props = { pending: PendingCsv; onImport: (columns: CsvColumns) => void; onCancel: () => void };

const none = "";

function ColumnSelect({
  label,
  value,
  columns,
  onChange,
}: {
  label: string;
  value: string | null;
  columns: readonly string[];
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  // A label beside the select, not around it: the options' text would otherwise join its accessible name.
  return (
    <div>
      <label htmlFor={id}>{label}</label>{" "}
      <select id={id} value={value ?? none} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value={none}>(none)</option>
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The position as the selects give it: lat and lon both chosen, else a WKT column, else none. */
function positionOf(lat: string | null, lon: string | null, wkt: string | null): CsvPosition | null {
  if (lat !== null && lon !== null) return { kind: "lat-lon", lat, lon };
  return wkt === null ? null : { kind: "wkt", column: wkt };
}

/** The guessed columns of a CSV and its first rows, for the user to correct before the import reads it all. */
export function CsvColumnsDialog({ pending, onImport, onCancel }: Props) {
  const { columns, rows, guess } = pending.preview;
  const [lat, setLat] = useState(guess.position?.kind === "lat-lon" ? guess.position.lat : null);
  const [lon, setLon] = useState(guess.position?.kind === "lat-lon" ? guess.position.lon : null);
  const [wkt, setWkt] = useState(guess.position?.kind === "wkt" ? guess.position.column : null);
  const [id, setId] = useState(guess.id);
  const [time, setTime] = useState(guess.time);
  const [keepPoints, setKeepPoints] = useState(guess.keepPoints);
  const headingId = useId();
  const position = positionOf(lat, lon, wkt);
  return (
    <section className="csv-columns" role="dialog" aria-labelledby={headingId} data-testid="csv-columns">
      <h3 id={headingId}>Columns of {pending.fileName}</h3>
      <div className="csv-column-choices">
        <ColumnSelect label="Latitude" value={lat} columns={columns} onChange={setLat} />
        <ColumnSelect label="Longitude" value={lon} columns={columns} onChange={setLon} />
        <ColumnSelect label="WKT geometry" value={wkt} columns={columns} onChange={setWkt} />
        <ColumnSelect label="Track id" value={id} columns={columns} onChange={setId} />
        <ColumnSelect label="Time" value={time} columns={columns} onChange={setTime} />
        <label>
          <input
            type="checkbox"
            checked={keepPoints}
            onChange={(event) => setKeepPoints(event.currentTarget.checked)}
          />
          Keep the positions as a layer of points besides the tracks
        </label>
      </div>
      <p className="muted">
        Rows sharing a track id and a time become one line per id, in time order. The first rows:
      </p>
      <div className="csv-preview">
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the preview's rows have no identity but their place.
              <tr key={index}>
                {columns.map((column, at) => (
                  <td key={column}>{row[at] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {position === null && <p role="alert">Choose a latitude and a longitude column, or a WKT column.</p>}
      <div className="button-row">
        <button
          type="button"
          disabled={position === null}
          onClick={() => onImport({ position, id, time, keepPoints })}
        >
          Import
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
