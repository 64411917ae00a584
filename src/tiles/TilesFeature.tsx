import { useEffect } from "react";
import { TilesPanel } from "./TilesPanel.tsx";
import { useTileLayers } from "./use-tile-layers.ts";

type Props = Parameters<typeof useTileLayers>[0] & {
  /** Receives the function that opens dropped archives while the panel is there, null after. Stable. */
  onOpener: (open: ((files: readonly File[]) => void) | null) => void;
};

/**
 * The vector-tile layers and their panel, as one lazily loaded piece (see lazy-tiles.ts): none of it is in the
 * page's first bytes.
 */
export default function TilesFeature({ onOpener, ...options }: Props) {
  const tiles = useTileLayers(options);
  useEffect(() => {
    onOpener(tiles.openFiles);
    return () => onOpener(null);
  }, [onOpener, tiles.openFiles]);
  return <TilesPanel tiles={tiles} />;
}
