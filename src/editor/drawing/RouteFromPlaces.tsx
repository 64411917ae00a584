import { useEffect, useId, useMemo, useRef, useState } from "react";
import { buildPlaceRoute, type LegKind, type PlacePoint, type PlaceRoute } from "../../routing/index.ts";
import "./drawing.css";

type Props = { places: readonly PlacePoint[]; onBuild(route: PlaceRoute): void; initialStops?: string[] };
type Stop = { key: number; text: string };

const legKinds: ReadonlyArray<{ kind: LegKind; label: string }> = [
  { kind: "sea", label: "Sea" },
  { kind: "rail", label: "Rail" },
  { kind: "straight", label: "Straight" },
  { kind: "great-circle", label: "Great circle" },
];

const normal = (text: string) => text.trim().toLocaleLowerCase();

/**
 * A route from an ordered list of named places, each leg drawn as its own kind (Sea follows a known offshore
 * lane, Rail a known railway, else straight). A stop is typed or picked from the places' names; Enter in the
 * list picks the highlighted name.
 */
export function RouteFromPlaces({ places, onBuild, initialStops }: Props) {
  const baseId = useId();
  const byText = useMemo(() => {
    const found = new Map<string, PlacePoint>();
    for (const place of places) {
      found.set(normal(place.id), place);
      found.set(normal(place.name), place);
    }
    return found;
  }, [places]);
  const placeMap = useMemo(() => new Map(places.map((place) => [place.id, place])), [places]);

  const nextKey = useRef(0);
  const newStop = (text = ""): Stop => ({ key: nextKey.current++, text });
  const [stops, setStops] = useState<Stop[]>(() => {
    const names = (initialStops ?? []).map((id) => placeMap.get(id)?.name ?? id);
    while (names.length < 2) names.push("");
    return names.map((name) => newStop(name));
  });
  const [legs, setLegs] = useState<LegKind[]>(() => stops.slice(1).map(() => "straight"));
  const [checked, setChecked] = useState(false);
  const [outcome, setOutcome] = useState<{ problem?: string; built?: string }>({});

  // After a stop is added, removed or moved, the focus goes where the analyst's next step is.
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const stopId = (stop: Stop) => `${baseId}-stop-${stop.key}`;
  const problemOf = (stop: Stop): string | null => {
    if (stop.text.trim() === "") return "Choose a place for this stop.";
    return byText.has(normal(stop.text)) ? null : `“${stop.text.trim()}” is not a known place.`;
  };

  const edit = (nextStops: Stop[], nextLegs: LegKind[]) => {
    setStops(nextStops);
    setLegs(nextLegs);
    setOutcome({});
  };
  const addStop = () => {
    const stop = newStop();
    focusAfter.current = stopId(stop);
    edit([...stops, stop], [...legs, "straight"]);
  };
  const removeStop = (index: number) => {
    const remaining = stops.filter((_, at) => at !== index);
    const neighbour = remaining[Math.min(index, remaining.length - 1)];
    focusAfter.current = neighbour ? stopId(neighbour) : null;
    // The leg into the removed stop now leads to the stop after it; the leg out of it goes.
    const leg = index < legs.length ? index : index - 1;
    edit(
      remaining,
      legs.filter((_, at) => at !== leg),
    );
  };
  const moveStop = (index: number, by: -1 | 1) => {
    const moved = [...stops];
    const [stop] = moved.splice(index, 1);
    if (!stop) return;
    moved.splice(index + by, 0, stop);
    const edge = by < 0 ? index + by === 0 : index + by === stops.length - 1;
    focusAfter.current = `${stopId(stop)}-${edge ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down"}`;
    edit(moved, legs);
  };

  const build = () => {
    setChecked(true);
    const resolved = stops.map((stop) => byText.get(normal(stop.text)));
    const firstBad = stops.find((stop) => problemOf(stop) !== null);
    if (firstBad || resolved.some((place) => place === undefined)) {
      setOutcome({ problem: "Some stops are not known places: correct them, then build the route again." });
      if (firstBad) document.getElementById(stopId(firstBad))?.focus();
      return;
    }
    try {
      const route = buildPlaceRoute(
        resolved.map((place) => (place as PlacePoint).id),
        legs,
        placeMap,
      );
      setOutcome({
        built: `Route built through ${route.waypoints.length} stops${route.schematic ? ", schematic in part" : ""}.`,
      });
      onBuild(route);
    } catch (error) {
      setOutcome({ problem: error instanceof Error ? error.message : String(error) });
    }
  };

  const datalistId = `${baseId}-places`;
  const nameOf = (stop: Stop, index: number) =>
    byText.get(normal(stop.text))?.name ?? (stop.text.trim() || `stop ${index + 1}`);

  return (
    <section className="route-from-places" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`}>Route from places</h3>
      <datalist id={datalistId}>
        {places.map((place) => (
          <option key={place.id} value={place.name} />
        ))}
      </datalist>
      <ol className="route-stops">
        {stops.map((stop, index) => {
          const id = stopId(stop);
          const problem = checked ? problemOf(stop) : null;
          const position = index === 0 ? " (start)" : index === stops.length - 1 ? " (end)" : "";
          const leg = legs[index];
          const next = stops[index + 1];
          return (
            <li key={stop.key}>
              <div className="route-stop">
                <label htmlFor={id}>
                  Stop {index + 1}
                  {position}
                </label>
                <input
                  id={id}
                  list={datalistId}
                  value={stop.text}
                  autoComplete="off"
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${id}-problem` : undefined}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    edit(
                      stops.map((other) => (other.key === stop.key ? { ...other, text } : other)),
                      legs,
                    );
                  }}
                />
                <span className="button-row">
                  <button
                    type="button"
                    id={`${id}-up`}
                    aria-label={`Move up stop ${index + 1}`}
                    disabled={index === 0}
                    onClick={() => moveStop(index, -1)}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    id={`${id}-down`}
                    aria-label={`Move down stop ${index + 1}`}
                    disabled={index === stops.length - 1}
                    onClick={() => moveStop(index, 1)}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove stop ${index + 1}`}
                    disabled={stops.length <= 2}
                    onClick={() => removeStop(index)}
                  >
                    Remove
                  </button>
                </span>
                {problem && (
                  <p className="route-problem" id={`${id}-problem`}>
                    {problem}
                  </p>
                )}
              </div>
              {leg !== undefined && next && (
                <div className="route-leg">
                  <label htmlFor={`${id}-leg`}>
                    Leg {index + 1}: {nameOf(stop, index)} to {nameOf(next, index + 1)}
                  </label>
                  <select
                    id={`${id}-leg`}
                    value={leg}
                    onChange={(event) => {
                      const kind = event.currentTarget.value as LegKind;
                      edit(
                        stops,
                        legs.map((other, at) => (at === index ? kind : other)),
                      );
                    }}
                  >
                    {legKinds.map(({ kind, label }) => (
                      <option key={kind} value={kind}>
                        {label}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button type="button" onClick={addStop}>
          Add stop
        </button>
        <button type="button" onClick={build}>
          Build route
        </button>
      </div>
      {outcome.problem && (
        <p className="route-problem" role="alert">
          {outcome.problem}
        </p>
      )}
      <p className="route-built" role="status">
        {outcome.built ?? ""}
      </p>
    </section>
  );
}
