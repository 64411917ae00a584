import type { LayerGroupRows } from "../state/layer-panel-rows.ts";

type Props = {
  groups: LayerGroupRows[];
  onToggle: (id: string, visible: boolean) => void;
  onShowAll: () => void;
  onHideAll: () => void;
};

export function LayerPanel({ groups, onToggle, onShowAll, onHideAll }: Props) {
  return (
    <section className="panel-section" aria-labelledby="layers-heading">
      <div className="section-header">
        <h2 id="layers-heading">Layers</h2>
        <div className="button-row">
          <button type="button" onClick={onShowAll}>
            Show all
          </button>
          <button type="button" onClick={onHideAll}>
            Hide all
          </button>
        </div>
      </div>
      {groups.map((group) => (
        <fieldset key={group.group} className="layer-group">
          <legend>{group.title}</legend>
          {group.layers.map((layer) => (
            <label key={layer.id} className="layer-row">
              <input
                type="checkbox"
                checked={layer.visible}
                onChange={(event) => onToggle(layer.id, event.currentTarget.checked)}
                aria-label={layer.title}
              />
              <span
                className="swatch"
                style={{ background: layer.swatch }}
                title={layer.swatchTitle}
                aria-hidden="true"
              />
              <span className="layer-title">{layer.title}</span>
              <span
                className="count"
                title={`${layer.count} of ${layer.total} features match the filters`}
                data-testid={`count-${layer.id}`}
              >
                {layer.count === layer.total ? layer.count : `${layer.count}/${layer.total}`}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
