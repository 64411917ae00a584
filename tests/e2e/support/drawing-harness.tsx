/*
 * Loaded into the app's page from Vite's development server by tests/e2e/drawing.e2e.ts: mounts the editor's
 * drawing session on the app's map and the route-from-places form in the page, before the editor that will
 * hold them exists. Nothing in the app imports this file.
 */
import { createRoot, type Root } from "react-dom/client";
import {
  type DrawingSession,
  type DrawnGeometry,
  startDrawing,
} from "../../../src/editor/drawing/drawing-session.ts";
import { RouteFromPlaces } from "../../../src/editor/drawing/RouteFromPlaces.tsx";
import type { PlacePoint, PlaceRoute } from "../../../src/routing/index.ts";

declare global {
  interface Window {
    /** Set when this module has loaded in the page. */
    __drawingHarness?: { startHarness: typeof startHarness; mountRouteForm: typeof mountRouteForm };
  }
}

export type DrawingHarness = {
  /** What the session reported through onChange, in order. */
  changes: Array<DrawnGeometry | null>;
  session: DrawingSession;
};

export function startHarness(places: PlacePoint[], snapPixels?: number): DrawingHarness {
  const map = window.__map;
  if (!map) throw new Error("the page has no map");
  const changes: Array<DrawnGeometry | null> = [];
  const session = startDrawing(map, {
    places,
    ...(snapPixels === undefined ? {} : { snapPixels }),
    onChange: (geometry) => changes.push(geometry),
  });
  return { changes, session };
}

export type RouteFormHarness = { built: PlaceRoute[]; root: Root };

export function mountRouteForm(places: PlacePoint[], initialStops?: string[]): RouteFormHarness {
  const container = document.createElement("div");
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", "Route form under test");
  container.style.cssText =
    "position:fixed;top:0;left:0;z-index:10;width:320px;max-height:100%;overflow:auto;background:#fff;padding:0.5rem";
  document.body.append(container);
  const built: PlaceRoute[] = [];
  const root = createRoot(container);
  root.render(
    <RouteFromPlaces
      places={places}
      onBuild={(route) => built.push(route)}
      {...(initialStops ? { initialStops } : {})}
    />,
  );
  return { built, root };
}

window.__drawingHarness = { startHarness, mountRouteForm };
