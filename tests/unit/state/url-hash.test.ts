import { describe, expect, test } from "vitest";
import { type AppState, defaultState } from "../../../src/state/app-state.ts";
import { readHash, writeHash } from "../../../src/state/url-hash.ts";

const order = ["rail", "containers", "return", "workers", "events"];
const known = new Set(order);
const defaults = defaultState(["rail", "containers", "events"]);

function state(change: Partial<AppState>): AppState {
  return { ...defaults, ...change };
}

describe("URL hash", () => {
  test("the default state writes nothing but keeps MapLibre's map= key untouched", () => {
    expect(writeHash("#map=5.5/43.1/131.9/12/30", defaults, defaults, order)).toBe(
      "#map=5.5/43.1/131.9/12/30",
    );
  });

  test("map= keeps its slashes (URLSearchParams would write %2F)", () => {
    const hash = writeHash("#map=5/43/131/0/0", state({ minimumConfidence: "moderate" }), defaults, order);
    expect(hash).toBe("#map=5/43/131/0/0&confidence=moderate");
  });

  test("layers, range, confidence and selection survive a round trip", () => {
    const chosen = state({
      visibleLayers: new Set(["workers", "rail"]),
      range: { from: "2023-08-01", to: "2024-02-29" },
      minimumConfidence: "high",
      selected: "sea-rajin-dunai",
    });
    const hash = writeHash("#map=4/40/130/0/0", chosen, defaults, order);
    expect(hash).toBe(
      "#map=4/40/130/0/0&layers=rail,workers&from=2023-08-01&to=2024-02-29&confidence=high&feature=sea-rajin-dunai",
    );
    expect(readHash(hash, defaults, known)).toEqual(chosen);
  });

  test("no visible layer is written as an empty list and read back as none", () => {
    const hash = writeHash("", state({ visibleLayers: new Set() }), defaults, order);
    expect(hash).toBe("#layers=");
    expect(readHash(hash, defaults, known).visibleLayers).toEqual(new Set());
  });

  test("unknown layers, impossible dates and unknown confidence levels fall back to the defaults", () => {
    const read = readHash("#layers=rail,nope&from=2023-02-30&to=soon&confidence=certain", defaults, known);
    expect(read).toEqual(state({ visibleLayers: new Set(["rail"]) }));
  });

  test("a feature id with reserved characters is encoded and decoded", () => {
    const hash = writeHash("", state({ selected: "a&b=c/d" }), defaults, order);
    expect(hash).toBe("#feature=a%26b%3Dc%2Fd");
    expect(readHash(hash, defaults, known).selected).toBe("a&b=c/d");
  });

  test("the tour's step is written as tour=n and read back", () => {
    const hash = writeHash("#map=4/40/130/0/0", state({ tourStep: 3 }), defaults, order);
    expect(hash).toBe("#map=4/40/130/0/0&tour=3");
    expect(readHash(hash, defaults, known).tourStep).toBe(3);
  });

  test("a step that is not a whole number from 1 is ignored", () => {
    for (const value of ["0", "-2", "2.5", "three", ""]) {
      expect(readHash(`#tour=${value}`, defaults, known).tourStep).toBeNull();
    }
  });

  test("a malformed percent escape does not throw", () => {
    expect(readHash("#feature=%E0%A4%A", defaults, known).selected).toBeNull();
  });
});
