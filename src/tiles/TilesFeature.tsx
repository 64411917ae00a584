import { useEffect } from "react";
import type { LegendLayer } from "../symbology/legend-model.ts";
import { TilesPanel } from "./TilesPanel.tsx";
import { tileLegendLayer } from "./tile-layers.ts";
import { useTileLayers } from "./use-tile-layers.ts";

type Props = Parameters<typeof useTileLayers>[0] & {
  /** Receives the function that opens dropped archives while the panel is there, null after. Stable. */
  onOpener: (open: ((files: readonly File[]) => void) | null) => void;
  /** Receives the layers drawn from archives, for the legends; an empty list when the panel goes. Stable. */
  onLegendLayers: (layers: readonly LegendLayer[]) => void;
};

/**
 * The vector-tile layers and their panel, as one lazily loaded piece (see lazy-tiles.ts): none of it is in the
 * page's first bytes.
 */
export default function TilesFeature({ onOpener, onLegendLayers, ...options }: Props) {
  const tiles = useTileLayers(options);
  useEffect(() => {
    onOpener(tiles.openFiles);
    return () => onOpener(null);
  }, [onOpener, tiles.openFiles]);
  useEffect(() => {
    onLegendLayers(tiles.archives.flatMap((archive) => archive.layers.map(tileLegendLayer)));
    return () => onLegendLayers([]);
  }, [onLegendLayers, tiles.archives]);
  return <TilesPanel tiles={tiles} />;
}
