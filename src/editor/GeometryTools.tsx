import { type RefObject, useState } from "react";
import type { PlacePoint, PlaceRoute } from "../routing/place-route.ts";
import type { DrawingSession, DrawnGeometry, DrawTool } from "./drawing/drawing-session.ts";
import { RouteFromPlaces } from "./drawing/RouteFromPlaces.tsx";
import { FieldProblems } from "./FieldProblems.tsx";

const tools: { tool: DrawTool; label: string }[] = [
  { tool: "point", label: "Point" },
  { tool: "line", label: "Line" },
  { tool: "area", label: "Area" },
  { tool: "reshape", label: "Reshape" },
];

function summary(geometry: DrawnGeometry | null): string {
  if (!geometry) return "No geometry yet.";
  if (geometry.type === "Point")
    return `A point at ${geometry.coordinates.map((value) => value.toFixed(4)).join(", ")}.`;
  if (geometry.type === "LineString") {
    const count = geometry.coordinates.length;
    return `A line of ${count} point${count === 1 ? "" : "s"}.`;
  }
  return `An area of ${Math.max((geometry.coordinates[0]?.length ?? 1) - 1, 0)} corners.`;
}

type Props = {
  session: RefObject<DrawingSession | null>;
  geometry: DrawnGeometry | null;
  problems?: readonly string[];
  /** Why the map cannot show the geometry to reshape, if it cannot. */
  note: string | null;
  places: readonly PlacePoint[];
  waypoints: readonly string[];
  onRoute: (route: PlaceRoute) => void;
};

/**
 * The geometry: drawn on the map (a pointer is needed) or built from named places with the keyboard. The
 * validator's messages on the geometry show here.
 */
export function GeometryTools({ session, geometry, problems, note, places, waypoints, onRoute }: Props) {
  const [tool, setTool] = useState<DrawTool | null>(null);
  return (
    <section className="editor-geometry" aria-labelledby="editor-geometry-heading">
      <h3 id="editor-geometry-heading">Geometry</h3>
      <p className="muted">
        Drawing on the map needs a pointer (mouse, pen or touch): click to place each point; a line or an area
        ends with Enter or a click on its last point, Escape cancels. Points within a few pixels of a named
        place land exactly on it. With the keyboard only, build a line with "Route from places" below.
      </p>
      <fieldset className="editor-actions">
        <legend className="visually-hidden">Drawing tools</legend>
        {tools.map((entry) => (
          <button
            key={entry.tool}
            type="button"
            aria-pressed={tool === entry.tool}
            onClick={() => {
              setTool(entry.tool);
              session.current?.setTool(entry.tool);
            }}
          >
            {entry.label}
          </button>
        ))}
      </fieldset>
      <p data-testid="geometry-summary" id="edit-geometry" tabIndex={-1}>
        {summary(geometry)}
      </p>
      <FieldProblems fieldKey="geometry" messages={problems} />
      {note && <p className="warning">{note}</p>}
      <details className="route-from-places">
        <summary>Route from places (keyboard)</summary>
        <RouteFromPlaces
          places={places}
          onBuild={onRoute}
          {...(waypoints.length > 1 ? { initialStops: [...waypoints] } : {})}
        />
      </details>
    </section>
  );
}
