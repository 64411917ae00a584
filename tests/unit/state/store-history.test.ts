import { describe, expect, test } from "vitest";
import { AppStore, type BrowserHistory, burstGapMs } from "../../../src/state/store.ts";

/** A session history as the browser keeps it: entries, a current index, and a clock the test moves. */
function fakeHistory(start = "#map=5/43/131/0/0") {
  const entries = [start];
  let index = 0;
  let time = 0;
  const history: BrowserHistory & { back: () => void; tick: (ms: number) => void; length: () => number } = {
    hash: () => entries[index] ?? "",
    push: (hash) => {
      entries.splice(index + 1, entries.length, hash);
      index = entries.length - 1;
    },
    replace: (hash) => {
      entries[index] = hash;
    },
    now: () => time,
    back: () => {
      index = Math.max(0, index - 1);
    },
    tick: (ms) => {
      time += ms;
    },
    length: () => entries.length,
  };
  return history;
}

function storeWith(history: BrowserHistory) {
  const store = new AppStore(history);
  store.setCatalogue({ order: ["rail", "containers"], defaults: new Set(["rail", "containers"]) });
  return store;
}

const setFrom = (from: string) => (state: ReturnType<AppStore["getState"]>) => ({
  ...state,
  range: { ...state.range, from },
});

describe("history entries", () => {
  test("a burst of slider changes is one history step, and Back returns to where it started", () => {
    const history = fakeHistory();
    const store = storeWith(history);
    for (const month of ["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"]) {
      store.update(setFrom(month), { burst: "time-range" });
      history.tick(120);
    }
    expect(history.length()).toBe(2);
    expect(history.hash()).toBe("#map=5/43/131/0/0&from=2023-04-01");
    history.back();
    store.syncFromLocation();
    expect(store.getState().range.from).toBeNull();
  });

  test("a pause longer than the burst gap starts a new step", () => {
    const history = fakeHistory();
    const store = storeWith(history);
    store.update(setFrom("2023-01-01"), { burst: "time-range" });
    history.tick(burstGapMs + 1);
    store.update(setFrom("2023-06-01"), { burst: "time-range" });
    expect(history.length()).toBe(3);
  });

  test("another control's change in between ends the burst", () => {
    const history = fakeHistory();
    const store = storeWith(history);
    store.update(setFrom("2023-01-01"), { burst: "time-range" });
    store.update((state) => ({ ...state, minimumConfidence: "high" }));
    store.update(setFrom("2023-02-01"), { burst: "time-range" });
    expect(history.length()).toBe(4);
  });

  test("changes without a burst name are a step each, as toggles and selections are", () => {
    const history = fakeHistory();
    const store = storeWith(history);
    store.update((state) => ({ ...state, layers: { kind: "chosen", ids: new Set(["rail"]) } }));
    store.update((state) => ({ ...state, layers: { kind: "chosen", ids: new Set<string>() } }));
    expect(history.length()).toBe(3);
  });

  test("after Back, the next slider change is a new step, not a rewrite of the entry Back reached", () => {
    const history = fakeHistory();
    const store = storeWith(history);
    store.update(setFrom("2023-01-01"), { burst: "time-range" });
    history.back();
    store.syncFromLocation();
    store.update(setFrom("2023-05-01"), { burst: "time-range" });
    expect(history.length()).toBe(2);
    history.back();
    expect(history.hash()).toBe("#map=5/43/131/0/0");
  });
});
