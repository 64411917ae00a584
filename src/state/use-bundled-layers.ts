import { useEffect, useState } from "react";
import { type BundledLayers, loadBundledLayers } from "./load-bundled.ts";

export function useBundledLayers(): BundledLayers {
  const [result, setResult] = useState<BundledLayers>({ status: "loading", problems: [] });
  useEffect(() => {
    let current = true;
    loadBundledLayers().then((loaded) => {
      if (current) setResult(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return result;
}
