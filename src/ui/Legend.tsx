import type { LegendModel, LegendSample } from "../symbology/legend-model.ts";

function LineSample({
  color,
  dash,
  opacity = 1,
  width = 3,
}: {
  color: string;
  dash: readonly number[];
  opacity?: number;
  width?: number;
}) {
  // MapLibre's dash units are line widths; with round caps a zero dash is a dot.
  const pattern = dash[1] === 0 ? undefined : dash.map((part) => Math.max(part, 0.001) * width).join(" ");
  return (
    <svg width="44" height="12" aria-hidden="true" className="legend-sample">
      <line
        x1="4"
        y1="6"
        x2="40"
        y2="6"
        stroke={color}
        strokeWidth={width}
        strokeLinecap="round"
        strokeDasharray={pattern}
        opacity={opacity}
      />
    </svg>
  );
}

/** A layer's sample as the map draws it (symbology/legend-model.ts); the picture's legend draws the same. */
function LayerSample({ sample }: { sample: LegendSample }) {
  if (sample.shape === "line") {
    return (
      <LineSample color={sample.color} dash={sample.dash} width={sample.width} opacity={sample.opacity} />
    );
  }
  if (sample.shape === "area") {
    return (
      <svg width="44" height="12" aria-hidden="true" className="legend-sample">
        <path d="M12 11 L20 1 M20 11 L28 1 M28 11 L34 4" stroke={sample.hatchColor} strokeWidth="1" />
        <rect
          x="10"
          y="1"
          width="24"
          height="10"
          fill="none"
          stroke={sample.outlineColor}
          strokeWidth={sample.outlineWidth}
          strokeDasharray={sample.outlineDash.map((part) => part * sample.outlineWidth).join(" ")}
        />
      </svg>
    );
  }
  return (
    <svg width="44" height="16" aria-hidden="true" className="legend-sample">
      <circle
        cx="22"
        cy="8"
        r={sample.radius}
        fill={sample.fill}
        stroke={sample.strokeColor}
        strokeWidth={sample.strokeWidth}
      />
    </svg>
  );
}

export function Legend({ model }: { model: LegendModel }) {
  return (
    <section className="panel-section legend" aria-labelledby="legend-heading" data-testid="legend">
      <h2 id="legend-heading">Legend</h2>
      {model.layers.length === 0 ? (
        <p className="muted">No layer is shown.</p>
      ) : (
        <ul className="legend-list">
          {model.layers.map((layer) => (
            <li key={layer.id}>
              <LayerSample sample={layer.sample} />
              <span>{layer.title}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Confidence (line style)</h3>
      <ul className="legend-list">
        {model.confidence.map((item) => (
          <li key={item.level}>
            <LineSample color="#333" dash={item.dash} />
            <span>
              {item.label} — {item.meaning}
            </span>
          </li>
        ))}
      </ul>
      <h3>Geometry</h3>
      <ul className="legend-list">
        {model.precision.map((item) => (
          <li key={item.level}>
            <LineSample color="#333" dash={[1, 0]} opacity={item.opacity} width={3 * item.widthFactor} />
            <span>
              {item.label} — {item.meaning}
            </span>
          </li>
        ))}
      </ul>
      <ul className="legend-notes">
        {model.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
