import { describe, expect, test } from "vitest";
import {
  defaultState,
  hideAllLayers,
  type LayerCatalogue,
  revealLayers,
  showAllLayers,
  toggleLayer,
  visibleLayerIds,
} from "../../../src/state/app-state.ts";
import { AppStore, type BrowserHistory } from "../../../src/state/store.ts";

const bundled: LayerCatalogue = {
  order: ["rail", "containers", "events"],
  defaults: new Set(["rail", "events"]),
};
const withImported: LayerCatalogue = {
  order: [...bundled.order, "imported-1234abcd"],
  defaults: new Set([...bundled.defaults, "imported-1234abcd"]),
};

function history(hash: string): BrowserHistory & { current: () => string } {
  let current = hash;
  return {
    hash: () => current,
    push: (next) => {
      current = next;
    },
    replace: (next) => {
      current = next;
    },
    now: () => 0,
    current: () => current,
  };
}

describe("which layers are drawn", () => {
  test("before a choice, the defaults of the layers there are", () => {
    expect(visibleLayerIds(defaultState().layers, bundled)).toEqual(new Set(["rail", "events"]));
    expect(visibleLayerIds(defaultState().layers, withImported)).toEqual(
      new Set(["rail", "events", "imported-1234abcd"]),
    );
  });

  test("a toggle starts from the defaults and makes a choice", () => {
    const next = toggleLayer(defaultState(), bundled, "containers", true);
    expect(visibleLayerIds(next.layers, bundled)).toEqual(new Set(["rail", "containers", "events"]));
  });

  test("show all and hide all", () => {
    expect(visibleLayerIds(showAllLayers(defaultState(), bundled).layers, bundled)).toEqual(
      new Set(bundled.order),
    );
    expect(visibleLayerIds(hideAllLayers(defaultState()).layers, bundled)).toEqual(new Set());
  });

  test("a layer just imported is shown even where the briefer had chosen other layers", () => {
    const chosenRail = toggleLayer(defaultState(), bundled, "events", false);
    const revealed = revealLayers(chosenRail, ["imported-1234abcd"]);
    expect(visibleLayerIds(revealed.layers, withImported)).toEqual(new Set(["rail", "imported-1234abcd"]));
    expect(revealLayers(defaultState(), ["imported-1234abcd"])).toEqual(defaultState());
  });
});

describe("an imported layer restored after the page opened", () => {
  test("a toggle made before the restore keeps the imported layer in the link, so it comes back shown", () => {
    const browser = history("#layers=rail,imported-1234abcd");
    const store = new AppStore(browser);
    store.setCatalogue(bundled);
    // The imported layer is not known yet: the briefer switches on a bundled layer meanwhile.
    store.update((state) => toggleLayer(state, store.getCatalogue(), "containers", true));
    expect(browser.current()).toBe("#layers=rail,containers,imported-1234abcd");
    expect(store.visibleLayers()).toEqual(new Set(["rail", "containers"]));
    // The restore finishes: the layer is drawn, as the link said.
    store.setCatalogue(withImported);
    expect(store.visibleLayers()).toEqual(new Set(["rail", "containers", "imported-1234abcd"]));
  });
});
