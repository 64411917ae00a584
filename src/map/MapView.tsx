import "./maplibre-init.ts";
import { AttributionControl, Map as MaplibreMap, NavigationControl, ScaleControl } from "maplibre-gl";
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from "react";
import { completeFontFacesWhenNeeded } from "../fonts/font-faces.ts";
import { baseStyle } from "./base-style.ts";
import { loadDetailWhenNeeded } from "./basemap-detail.ts";
import { initialBounds } from "./initial-view.ts";
import { type ContextStatus, useContextLoss } from "./use-context-loss.ts";
import { webglProblem } from "./webgl-support.ts";
import "./map-view.css";

declare global {
  interface Window {
    /** The MapLibre instance, for end-to-end tests and debugging in the console. */
    __map?: MaplibreMap;
  }
}

type Props = {
  /** Called once the map has loaded its style; the caller adds its layers here. */
  onMapLoad?: (map: MaplibreMap) => void;
  /** False while the caller's own data is still loading: the map is not "ready" before it is. */
  dataLoaded: boolean;
};

export function MapView({ onMapLoad, dataLoaded }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Bumped by "Reload map": the map is built anew; the caller's onMapLoad adds its layers again.
  const [generation, setGeneration] = useState(0);
  const [loadedMap, setLoadedMap] = useState<MaplibreMap | null>(null);
  const mapLoaded = useEffectEvent((loaded: MaplibreMap) => onMapLoad?.(loaded));

  // A layout effect: the map starts fetching and parsing its style before the browser paints the panels, not
  // after (a passive effect waits for that first paint, which costs tens of milliseconds in software rendering).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation is the reason to build a new map.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // A rebuilt map starts in the same element: the previous map's readiness is not this one's.
    container.removeAttribute("data-map-ready");
    let created: MaplibreMap;
    try {
      created = new MaplibreMap({
        container,
        style: baseStyle(),
        bounds: initialBounds,
        hash: "map",
        attributionControl: false,
        fadeDuration: 0,
        maxZoom: 11,
        // MapLibre smooths lines, circles, text and fill edges in its shaders; 4× MSAA cost 0.3 s per cold load in
        // software WebGL (`npm run bench`) for no visible change.
        canvasContextAttributes: { antialias: false },
      });
    } catch (error) {
      // Probed only once MapLibre has failed: a probe context on every start cost 0.1–0.4 s of main thread
      // (and a second WebGL context in the GPU process) with software WebGL (`npm run bench`, Performance).
      setProblem(
        webglProblem() ??
          `The map could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    loadDetailWhenNeeded(created);
    completeFontFacesWhenNeeded(created);
    created.addControl(new NavigationControl({ visualizePitch: true }), "top-right");
    created.addControl(new ScaleControl({ unit: "metric" }), "bottom-left");
    created.addControl(
      new AttributionControl({ compact: false, customAttribution: "MapLibre" }),
      "bottom-right",
    );
    created.once("load", () => {
      mapLoaded(created);
      setLoadedMap(created);
    });
    window.__map = created;
    setMap(created);
    return () => {
      // MapLibre's hash control deletes its `map=` key on remove; a remount (React StrictMode in development,
      // or a map rebuilt after a lost context) must still find the shared view in the URL.
      const hash = window.location.hash;
      created.remove();
      if (hash && window.location.hash !== hash) window.history.replaceState(window.history.state, "", hash);
      if (window.__map === created) window.__map = undefined;
      setMap(null);
    };
  }, [generation]);

  // MapLibre may fire "idle" right after "load", before the caller has had a render to add its data: a rebuilt
  // map is not ready on the caller's word about the previous one.
  useReadyAttribute(map, dataLoaded && loadedMap === map, containerRef);
  const contextStatus = useContextLoss(map);

  return (
    <div className="map-area">
      <div ref={containerRef} className="map" data-testid="map" />
      <ContextBanner status={contextStatus} onReload={() => setGeneration((current) => current + 1)} />
      {problem && (
        <div className="map-problem" role="alert">
          <h2>The map cannot be shown</h2>
          <p>{problem}</p>
        </div>
      )}
    </div>
  );
}

function ContextBanner({ status, onReload }: { status: ContextStatus; onReload: () => void }) {
  if (status === "drawing") return null;
  return (
    <div className="map-context-banner" role="alert" data-testid="context-banner">
      {status === "lost" ? (
        <p>The map's graphics context was lost; restoring…</p>
      ) : (
        <>
          <p>The map's graphics could not be restored. Your layers, imports and settings are kept.</p>
          <button type="button" onClick={onReload}>
            Reload map
          </button>
        </>
      )}
    </div>
  );
}

/** `data-map-ready="true"` while style, basemap and data are loaded and the map is idle; removed while reloading. */
function useReadyAttribute(
  map: MaplibreMap | null,
  dataLoaded: boolean,
  containerRef: React.RefObject<HTMLDivElement | null>,
) {
  useEffect(() => {
    const container = containerRef.current;
    if (!map || !container) return;
    const update = () => {
      const ready = dataLoaded && map.isStyleLoaded() !== false && map.loaded();
      if (ready) container.setAttribute("data-map-ready", "true");
      else container.removeAttribute("data-map-ready");
    };
    const notReady = () => container.removeAttribute("data-map-ready");
    map.on("idle", update);
    map.on("dataloading", notReady);
    map.on("styledataloading", notReady);
    if (!map.isMoving()) map.triggerRepaint();
    return () => {
      map.off("idle", update);
      map.off("dataloading", notReady);
      map.off("styledataloading", notReady);
    };
  }, [map, dataLoaded, containerRef]);
}
