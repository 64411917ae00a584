import { readFileSync } from "node:fs";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, expect, test } from "vitest";
import { type ChangedElsewhere, type EditsStore, openEditsStore } from "../../../src/editing/edits-store.ts";
import { hasLocalEdits } from "../../../src/editing/has-local-edits.ts";
import type { Draft, LocalEdits } from "../../../src/editing/types.ts";

const opened: EditsStore[] = [];

beforeEach(() => {
  // A fresh, empty browser database for every test.
  globalThis.indexedDB = new IDBFactory();
  minutes = 0;
  return () => {
    for (const store of opened.splice(0)) store.close();
  };
});

let minutes = 0;

/** A clock that moves one minute per save, so that no test depends on the time it runs. */
function now(): Date {
  minutes += 1;
  return new Date(Date.UTC(2026, 0, 1, 0, minutes));
}

async function open(): Promise<EditsStore> {
  const store = await openEditsStore({ now });
  opened.push(store);
  return store;
}

// Fictional test data.
function editsWith(title: string): LocalEdits {
  return {
    features: {
      "test-route": {
        file: "rail-link.geojson",
        feature: { type: "Feature", geometry: null, properties: { id: "test-route", title } },
        savedAt: "2026-01-01T00:00:00.000Z",
      },
    },
    publications: {},
  };
}

const draft: Draft = {
  featureId: "test-route",
  file: "rail-link.geojson",
  properties: { title: "Half-typed titl", citations: [{ publication: "" }] },
  geometry: { type: "LineString", coordinates: [[130.6, 42.4]] },
};

test("an empty browser has no edits, and asking creates no database", async () => {
  expect(await hasLocalEdits()).toBe(false);
  expect(await indexedDB.databases()).toEqual([]);
  const store = await open();
  expect(await store.load()).toEqual({ edits: { features: {}, publications: {} }, draft: null, revision: 0 });
  expect(await hasLocalEdits()).toBe(false);
});

test("saved edits and the draft survive closing and reopening", async () => {
  const first = await open();
  expect(await first.saveEdits(editsWith("Saved title"), 0)).toEqual({
    ok: true,
    revision: 1,
    savedAt: expect.stringMatching(/^2026-01-01T/),
  });
  await first.saveDraft(draft);
  first.close();
  expect(await hasLocalEdits()).toBe(true);
  const second = await open();
  expect(await second.load()).toEqual({ edits: editsWith("Saved title"), draft, revision: 1 });
  await second.saveDraft(null);
  expect((await second.load()).draft).toBeNull();
});

test("a draft alone counts as local edits", async () => {
  const store = await open();
  await store.saveDraft(draft);
  expect(await hasLocalEdits()).toBe(true);
});

test("a save from a stale revision is refused with the other tab's save; overwrite is explicit", async () => {
  const tabOne = await open();
  const tabTwo = await open();
  const heard: ChangedElsewhere[] = [];
  const heardInTabOne = new Promise<void>((resolve) =>
    tabOne.onChangedElsewhere((change) => {
      heard.push(change);
      resolve();
    }),
  );
  const { revision } = await tabOne.load();
  expect((await tabTwo.load()).revision).toBe(revision);

  const otherSave = await tabTwo.saveEdits(editsWith("Saved in tab two"), revision);
  if (!otherSave.ok) throw new Error("the first save should pass");
  await heardInTabOne;
  expect(heard).toEqual([{ revision: otherSave.revision, savedAt: otherSave.savedAt }]);

  const stale = await tabOne.saveEdits(editsWith("Saved in tab one"), revision);
  expect(stale).toEqual({
    ok: false,
    conflict: { savedAt: otherSave.savedAt, by: "another tab", revision: otherSave.revision },
  });
  expect((await tabOne.load()).edits).toEqual(editsWith("Saved in tab two"));

  const overwritten = await tabOne.saveEdits(editsWith("Saved in tab one"), revision, { overwrite: true });
  expect(overwritten).toMatchObject({ ok: true, revision: otherSave.revision + 1 });
  expect((await tabTwo.load()).edits).toEqual(editsWith("Saved in tab one"));
});

test("a tab does not hear its own saves", async () => {
  const store = await open();
  const heard: ChangedElsewhere[] = [];
  store.onChangedElsewhere((change) => heard.push(change));
  await store.saveEdits(editsWith("Saved title"), 0);
  // Another tab's message arrives after this one's own would have: wait for it, then look.
  const other = await open();
  const heardOther = new Promise<void>((resolve) => store.onChangedElsewhere(() => resolve()));
  await other.saveEdits(editsWith("Another title"), 1);
  await heardOther;
  expect(heard.map((change) => change.revision)).toEqual([2]);
});

test("the check at start imports nothing, so that asking adds next to nothing to the page", () => {
  const source = readFileSync(new URL("../../../src/editing/has-local-edits.ts", import.meta.url), "utf8");
  expect(source).not.toMatch(/^\s*import\b/m);
  expect(source).not.toMatch(/\bimport\(/);
});
