import { useEffect, useState } from "react";
import { type BundledLayers, loadBundledLayers } from "./load-bundled.ts";

/**
 * Asked for once, when the page's script runs: the data then loads beside React's first render and the style,
 * like the basemap, instead of after the first commit.
 */
let loading: Promise<BundledLayers> | null = null;

export function startLoadingBundledLayers(): Promise<BundledLayers> {
  loading ??= loadBundledLayers();
  return loading;
}

export function useBundledLayers(): BundledLayers {
  const [result, setResult] = useState<BundledLayers>({ status: "loading", problems: [] });
  useEffect(() => {
    let current = true;
    startLoadingBundledLayers().then((loaded) => {
      if (current) setResult(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return result;
}
