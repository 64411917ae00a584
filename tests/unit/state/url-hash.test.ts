import { describe, expect, test } from "vitest";
import { type AppState, defaultState, type LayerCatalogue } from "../../../src/state/app-state.ts";
import { readHash, writeHash } from "../../../src/state/url-hash.ts";

const catalogue: LayerCatalogue = {
  order: ["rail", "containers", "return", "workers", "events"],
  defaults: new Set(["rail", "containers", "events"]),
};
const defaults = defaultState();
const chosen = (...ids: string[]): AppState["layers"] => ({ kind: "chosen", ids: new Set(ids) });

function state(change: Partial<AppState>): AppState {
  return { ...defaults, ...change };
}

describe("URL hash", () => {
  test("the default state writes nothing but keeps MapLibre's map= key untouched", () => {
    expect(writeHash("#map=5.5/43.1/131.9/12/30", defaults, defaults, catalogue)).toBe(
      "#map=5.5/43.1/131.9/12/30",
    );
  });

  test("map= keeps its slashes (URLSearchParams would write %2F)", () => {
    const hash = writeHash(
      "#map=5/43/131/0/0",
      state({ minimumConfidence: "moderate" }),
      defaults,
      catalogue,
    );
    expect(hash).toBe("#map=5/43/131/0/0&confidence=moderate");
  });

  test("layers, range, confidence and selection survive a round trip", () => {
    const given = state({
      layers: chosen("workers", "rail"),
      range: { from: "2023-08-01", to: "2024-02-29" },
      minimumConfidence: "high",
      selected: "sea-rajin-dunai",
    });
    const hash = writeHash("#map=4/40/130/0/0", given, defaults, catalogue);
    expect(hash).toBe(
      "#map=4/40/130/0/0&layers=rail,workers&from=2023-08-01&to=2024-02-29&confidence=high&feature=sea-rajin-dunai",
    );
    expect(readHash(hash, defaults)).toEqual(given);
  });

  test("no visible layer is written as an empty list and read back as none", () => {
    const hash = writeHash("", state({ layers: chosen() }), defaults, catalogue);
    expect(hash).toBe("#layers=");
    expect(readHash(hash, defaults).layers).toEqual(chosen());
  });

  test("impossible dates and unknown confidence levels fall back to the defaults; unknown layer ids are kept", () => {
    const read = readHash(
      "#layers=rail,imported-1234abcd&from=2023-02-30&to=soon&confidence=certain",
      defaults,
    );
    expect(read).toEqual(state({ layers: chosen("rail", "imported-1234abcd") }));
  });

  test("a layer the app does not know yet stays in the link, after the known ones", () => {
    const hash = writeHash(
      "",
      state({ layers: chosen("imported-1234abcd", "workers") }),
      defaults,
      catalogue,
    );
    expect(hash).toBe("#layers=workers,imported-1234abcd");
  });

  test("a choice equal to the defaults is left out of the link", () => {
    expect(
      writeHash("", state({ layers: chosen("events", "rail", "containers") }), defaults, catalogue),
    ).toBe("");
  });

  test("a feature id with reserved characters is encoded and decoded", () => {
    const hash = writeHash("", state({ selected: "a&b=c/d" }), defaults, catalogue);
    expect(hash).toBe("#feature=a%26b%3Dc%2Fd");
    expect(readHash(hash, defaults).selected).toBe("a&b=c/d");
  });

  test("the tour's step is written as tour=n and read back", () => {
    const hash = writeHash("#map=4/40/130/0/0", state({ tourStep: 3 }), defaults, catalogue);
    expect(hash).toBe("#map=4/40/130/0/0&tour=3");
    expect(readHash(hash, defaults).tourStep).toBe(3);
  });

  test("source numbers on the map are written as numbers=1 and read back; off is the default, left out", () => {
    const hash = writeHash("#map=4/40/130/0/0", state({ sourceNumbers: true }), defaults, catalogue);
    expect(hash).toBe("#map=4/40/130/0/0&numbers=1");
    expect(readHash(hash, defaults).sourceNumbers).toBe(true);
    expect(readHash("#map=4/40/130/0/0", defaults).sourceNumbers).toBe(false);
    expect(readHash("#numbers=0", { ...defaults, sourceNumbers: true }).sourceNumbers).toBe(false);
  });

  test("a step that is not a whole number from 1 is ignored", () => {
    for (const value of ["0", "-2", "2.5", "three", ""]) {
      expect(readHash(`#tour=${value}`, defaults).tourStep).toBeNull();
    }
  });

  test("a malformed percent escape does not throw", () => {
    expect(readHash("#feature=%E0%A4%A", defaults).selected).toBeNull();
  });
});
