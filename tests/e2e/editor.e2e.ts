import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { parseDataset } from "../../src/data/index.ts";
import { limits } from "../../src/data/limits.ts";
import { appUrl, openApp, openSession, waitForMapReady, withAppIn } from "./support/app-driver.ts";
import { seriousViolations } from "./support/axe.ts";
import { drawLine } from "./support/draw-on-map.ts";
import {
  dataFilesOf,
  downloadsOf,
  newFeatureIn,
  openEditor,
  pickPublication,
  placeCoordinates,
  waitForNoProblem,
  waitForProblem,
} from "./support/editor-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "editor-e2e-"));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

// Clearly fictional test data: nothing here is a claim about the world.
const newFeature = {
  title: "Fictional test leg for the editor",
  claim: "A fictional claim typed by the end-to-end test; it names no real event.",
  confidenceNote: "Test data only: fictional reasoning long enough for the rule.",
  locationNote: "Fictional test line, drawn by hand between the two ports; it claims no route.",
};
const newPublication = {
  publisher: "Test Gazette (fictional)",
  title: "A fictional report made up by the editor test",
  published: "2024-02-01",
  url: "https://example.org/fictional-report",
};
const middleOfTheSea: [number, number] = [131.9, 41.6];

async function freshMap(page: Page) {
  // A wide zoom on the two ports, so that both and the sea between them are on screen.
  await page.evaluate(() => window.__map?.jumpTo({ center: [131.7, 42.2], zoom: 6.5 }));
  await waitForMapReady(page);
}

/** The feature's own fields (the publication form below has a Title too). */
const form = (editor: Locator) => editor.getByRole("region", { name: "Claim and sourcing" });

async function fillNewFeature(editor: Locator) {
  await form(editor).getByLabel("Title", { exact: true }).fill(newFeature.title);
  await form(editor).getByLabel("Claim", { exact: true }).fill(newFeature.claim);
  await form(editor).getByLabel("Status", { exact: true }).selectOption("alleged");
  await form(editor).getByLabel("Confidence", { exact: true }).selectOption("low");
  await form(editor).getByLabel("Why this confidence").fill(newFeature.confidenceNote);
  await form(editor).getByLabel("Period start").fill("2024-01");
  await form(editor).getByLabel("Geometry precision").selectOption("schematic");
  await form(editor).getByLabel("Mode", { exact: true }).selectOption("sea");
  await form(editor).getByLabel("Location note").fill(newFeature.locationNote);
}

/** The new-publication form filled with the fictional publication and this address. */
async function fillNewPublication(editor: Locator, url: string): Promise<Locator> {
  const publicationForm = editor.locator("form.new-publication");
  await publicationForm.getByLabel("Publisher").fill(newPublication.publisher);
  await publicationForm.getByLabel("Title").fill(newPublication.title);
  await publicationForm.getByLabel("Published").fill(newPublication.published);
  await publicationForm.getByLabel("Kind").selectOption("news");
  await publicationForm.getByLabel("Reliability", { exact: true }).selectOption("F");
  await publicationForm.getByLabel("Address (URL)").fill(url);
  return publicationForm;
}

describe("the analyst's editor", () => {
  test("a new feature drawn from Rajin to Vostochny, sourced, saved, kept after a reload, exported and valid", async ({
    browser,
  }) => {
    await withAppIn(browser, async ({ page, errors }) => {
      await freshMap(page);
      const editor = await openEditor(page);
      await newFeatureIn(editor, "container-route.geojson");

      // Drawn a few pixels off the ports: the ends snap onto them.
      await editor.getByRole("button", { name: "Line", exact: true }).click();
      await drawLine(
        page,
        [placeCoordinates("rajin-port"), middleOfTheSea, placeCoordinates("vostochny-port")],
        5,
      );
      await expect
        .poll(() => editor.getByTestId("geometry-summary").textContent())
        .toBe("A line of 3 points.");

      await fillNewFeature(editor);
      // An existing publication, picked by typing words of its publisher and title.
      await pickPublication(
        editor.getByRole("combobox", { name: "Publication" }).first(),
        "Guardian armaments",
        "guardian-2022-11-kirby-shells",
      );
      expect(await editor.getByRole("combobox", { name: "Publication" }).first().inputValue()).toBe(
        "guardian-2022-11-kirby-shells",
      );

      // A new publication: a bad address is named on its field, then fixed.
      const publicationForm = await fillNewPublication(editor, "javascript:alert(1)");
      const url = publicationForm.getByLabel("Address (URL)");
      await publicationForm.getByRole("button", { name: "Add publication" }).click();
      const urlProblems = await waitForProblem(url);
      expect(urlProblems.join(" ")).toMatch(/http/);
      await url.fill(newPublication.url);
      await publicationForm.getByRole("button", { name: "Add publication" }).click();
      const added = await publicationForm.getByRole("status").textContent();
      const newId = /Added "([^"]+)"/.exec(added ?? "")?.[1] ?? "";
      expect(newId).toMatch(/^test-gazette-2024-02/);

      await editor.getByRole("button", { name: "Add citation" }).click();
      await pickPublication(
        editor.getByRole("combobox", { name: "Publication" }).nth(1),
        "fictional report",
        newId,
      );

      await editor.getByRole("button", { name: "Save", exact: true }).click();
      const details = page.getByTestId("feature-details");
      await details.getByRole("heading", { name: newFeature.title }).waitFor({ timeout: 20_000 });
      expect(await details.getByTestId("local-revision").textContent()).toContain("Added locally");
      await waitForMapReady(page);
      const drawn = await page.evaluate(
        () =>
          window.__map?.querySourceFeatures("container-route").map((feature) => feature.properties.id) ?? [],
      );
      expect(drawn).toContain("fictional-test-leg-for-the-editor");

      // After a reload the map still shows it, from the saved edits.
      await page.reload();
      await waitForMapReady(page);
      await page
        .getByTestId("feature-list")
        .getByRole("button", { name: new RegExp(newFeature.title) })
        .first()
        .click();
      await details.getByRole("heading", { name: newFeature.title }).waitFor({ timeout: 20_000 });

      // Undo and Redo across form changes (a burst of typing in one field is one step).
      await details.getByRole("button", { name: "Edit this feature" }).click();
      await page.locator('[data-testid="editor"][data-ready="true"]').waitFor();
      const title = form(editor).getByLabel("Title", { exact: true });
      await expect.poll(() => title.inputValue()).toBe(newFeature.title);
      await title.fill("Fictional title, changed");
      await form(editor).getByLabel("Confidence", { exact: true }).selectOption("moderate");
      await editor.getByRole("button", { name: "Undo" }).click();
      expect(await form(editor).getByLabel("Confidence", { exact: true }).inputValue()).toBe("low");
      await editor.getByRole("button", { name: "Undo" }).click();
      expect(await title.inputValue()).toBe(newFeature.title);
      await editor.getByRole("button", { name: "Redo" }).click();
      expect(await title.inputValue()).toBe("Fictional title, changed");
      // Ctrl+Z outside a text field undoes too.
      await editor.getByRole("button", { name: "Redo" }).focus();
      await page.keyboard.press("Control+z");
      expect(await title.inputValue()).toBe(newFeature.title);

      // Export: the changed files, which pass the project's validator when copied into geojson/.
      const files = await downloadsOf(
        page,
        () => editor.getByRole("button", { name: "Download changed files" }).click(),
        2,
      );
      expect([...files.keys()].sort()).toEqual(["container-route.geojson", "publications.json"]);
      const copy = join(scratch, "geojson");
      cpSync("geojson", copy, { recursive: true });
      for (const [name, bytes] of files) writeFileSync(join(copy, name), bytes);
      const { problems } = parseDataset(dataFilesOf(copy));
      expect(problems).toEqual([]);
      const route = JSON.parse(files.get("container-route.geojson")?.toString("utf8") ?? "{}") as {
        features: { properties: { id: string }; geometry: { coordinates: number[][] } }[];
      };
      const saved = route.features.find(
        (feature) => feature.properties.id === "fictional-test-leg-for-the-editor",
      );
      const coordinates = saved?.geometry.coordinates ?? [];
      expect(coordinates).toHaveLength(3);
      expect(coordinates[0]).toEqual(placeCoordinates("rajin-port"));
      expect(coordinates[2]).toEqual(placeCoordinates("vostochny-port"));

      const zip = await downloadsOf(
        page,
        () => editor.getByRole("button", { name: "Download as ZIP" }).click(),
        1,
      );
      const [zipBytes] = [...zip.values()];
      // A ZIP file starts with a local file header.
      expect(zipBytes?.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      expect(errors).toEqual([]);
    });
  });

  test("a shipped feature's confidence edited: Edited locally, the diff row, and Revert restores it", async ({
    browser,
  }) => {
    await withAppIn(
      browser,
      async ({ page }) => {
        const details = page.getByTestId("feature-details");
        await details.waitFor();
        expect(await details.getByTestId("confidence").textContent()).toMatch(/^Moderate/);
        await details.getByRole("button", { name: "Edit this feature" }).click();
        const editor = page.getByTestId("editor");
        await page.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 60_000 });
        await expect
          .poll(() => form(editor).getByLabel("Confidence", { exact: true }).inputValue())
          .toBe("moderate");
        await form(editor).getByLabel("Confidence", { exact: true }).selectOption("high");
        await editor.getByRole("button", { name: "Save", exact: true }).click();

        await details.getByTestId("local-revision").waitFor({ timeout: 20_000 });
        expect(await details.getByTestId("local-revision").getByRole("heading").textContent()).toBe(
          "Edited locally",
        );
        const row = details.getByTestId("diff").locator('tr[data-field="confidence"]');
        expect(await row.locator("td").allTextContents()).toEqual(["moderate", "high"]);
        expect(await details.getByTestId("confidence").textContent()).toMatch(/^High/);

        await details.getByRole("button", { name: "Revert to shipped" }).click();
        await expect.poll(() => details.getByTestId("confidence").textContent()).toMatch(/^Moderate/);
        expect(await details.getByTestId("local-revision").count()).toBe(0);
      },
      "#feature=sea-rajin-vostochny-2023",
    );
  });

  test("bad input loses nothing: each problem is named on its field, Save is refused and focus goes to the first", async ({
    browser,
  }) => {
    await withAppIn(browser, async ({ page }) => {
      await freshMap(page);
      const editor = await openEditor(page);
      await newFeatureIn(editor, "container-route.geojson");
      await fillNewFeature(editor);
      // A line of one point: the line tool finished after a single click.
      await editor.getByRole("button", { name: "Line", exact: true }).click();
      await drawLine(page, [middleOfTheSea], 0);
      await form(editor).getByLabel("Period start").fill("2024-05");
      await form(editor).getByLabel("Period end").fill("2024-02");
      await pickPublication(
        editor.getByRole("combobox", { name: "Publication" }).first(),
        "Guardian armaments",
        "guardian-2022-11-kirby-shells",
      );
      await form(editor)
        .getByLabel("Quote")
        .fill("x".repeat(limits.quoteLength + 1));
      // A publication added, not yet saved with the feature.
      const publicationForm = await fillNewPublication(editor, newPublication.url);
      await publicationForm.getByRole("button", { name: "Add publication" }).click();
      await publicationForm.getByRole("status").waitFor();
      await editor.getByRole("button", { name: "Save", exact: true }).click();

      const end = form(editor).getByLabel("Period end");
      expect((await waitForProblem(end)).join(" ")).toMatch(/before|after/);
      const quote = form(editor).getByLabel("Quote");
      expect((await waitForProblem(quote)).join(" ")).toContain(String(limits.quoteLength));
      const geometryProblems = await editor.locator('[data-problem-for="geometry"] li').allTextContents();
      expect(geometryProblems.join(" ")).not.toBe("");
      // Focus is on the first problem in the form's order: the geometry comes first.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("edit-geometry");
      expect(await editor.getByRole("status").first().textContent()).toMatch(/^Not saved/);
      // Nothing reached the map, and the draft came through a reload whole.
      await page.reload();
      await waitForMapReady(page);
      const reopened = await openEditor(page);
      await expect.poll(() => form(reopened).getByLabel("Period end").inputValue()).toBe("2024-02");
      expect(await form(reopened).getByLabel("Quote").inputValue()).toHaveLength(limits.quoteLength + 1);
      expect(await form(reopened).getByLabel("Title", { exact: true }).inputValue()).toBe(newFeature.title);
      // The publication added before the reload is still there to pick.
      await reopened.getByRole("combobox", { name: "Publication" }).first().fill("fictional report");
      await page
        .getByRole("listbox", { name: /matching publications/ })
        .getByRole("option", { name: /test-gazette-2024-02/ })
        .waitFor();
      await waitForNoProblem(form(reopened).getByLabel("Title", { exact: true }));
    });
  });

  test("keyboard only: Route from places builds a sea line with its waypoints and notes, and Save puts the keyboard on the first problem", async ({
    browser,
  }) => {
    await withAppIn(browser, async ({ page }) => {
      const press = async (locator: Locator, key = "Enter") => {
        await locator.focus();
        await page.keyboard.press(key);
      };
      await press(page.getByRole("button", { name: "Edit data" }));
      const editor = page.getByTestId("editor");
      await page.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 60_000 });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-heading");
      await editor.getByLabel("Layer file for a new feature").selectOption("container-route.geojson");
      await press(editor.getByRole("button", { name: "New feature" }));
      await press(editor.locator("summary", { hasText: "Route from places" }));
      await editor.getByLabel("Stop 1 (start)").focus();
      await page.keyboard.type("Rajin (Najin) port");
      await editor.getByLabel("Stop 2 (end)").focus();
      await page.keyboard.type("Vostochny port (Nakhodka)");
      await editor.getByLabel(/^Leg 1/).selectOption("sea");
      await press(editor.getByRole("button", { name: "Build route" }));

      const summary = editor.getByTestId("geometry-summary");
      await expect.poll(() => summary.textContent()).toMatch(/^A line of \d+ points\.$/);
      const points = Number(/(\d+)/.exec((await summary.textContent()) ?? "")?.[1]);
      // The known offshore lane, not a straight line between the ports.
      expect(points).toBeGreaterThan(2);
      expect(await form(editor).getByLabel("Waypoints 1").inputValue()).toBe("rajin-port");
      expect(await form(editor).getByLabel("Waypoints 2").inputValue()).toBe("vostochny-port");
      expect(await form(editor).getByLabel("Location note").inputValue()).toContain("Rajin");
      expect(await form(editor).getByLabel("Geometry precision").inputValue()).toBe("approximate");
      // Undo takes the built line and its waypoints back together; Redo returns them.
      const built = await summary.textContent();
      await press(editor.getByRole("button", { name: "Undo" }));
      expect(await summary.textContent()).toBe("No geometry yet.");
      expect(await form(editor).getByLabel("Waypoints 1").count()).toBe(0);
      await press(editor.getByRole("button", { name: "Redo" }));
      expect(await summary.textContent()).toBe(built);
      expect(await form(editor).getByLabel("Waypoints 1").inputValue()).toBe("rajin-port");

      await press(editor.getByRole("button", { name: "Save", exact: true }));
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("edit-title");
      expect(await form(editor).getByLabel("Title", { exact: true }).getAttribute("aria-invalid")).toBe(
        "true",
      );
    });
  });

  test("two tabs: a save in one is not silently overwritten by the other, which is told and reloads before saving", async ({
    browser,
  }) => {
    const session = await openSession(browser);
    try {
      await openApp(session, "#feature=sea-rajin-vostochny-2023");
      const first = session.page;
      const second = await session.context.newPage();
      await second.goto(`${appUrl()}#feature=sea-rajin-dunai-2023`);
      await waitForMapReady(second);

      const openOnFeature = async (page: Page) => {
        await page.getByTestId("feature-details").getByRole("button", { name: "Edit this feature" }).click();
        await page.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 60_000 });
        return page.getByTestId("editor");
      };
      const firstEditor = await openOnFeature(first);
      await form(firstEditor).getByLabel("Confidence", { exact: true }).selectOption("high");

      const secondEditor = await openOnFeature(second);
      await form(secondEditor).getByLabel("Confidence", { exact: true }).selectOption("high");
      await secondEditor.getByRole("button", { name: "Save", exact: true }).click();
      await second.getByTestId("local-revision").waitFor({ timeout: 20_000 });

      // The first tab is told, and its save does not write over the second tab's.
      await firstEditor.getByRole("alert").filter({ hasText: "Another tab saved edits" }).waitFor();
      await firstEditor.getByRole("button", { name: "Save", exact: true }).click();
      await firstEditor.getByRole("button", { name: "Overwrite them with mine" }).waitFor();
      expect(await first.getByTestId("local-revision").count()).toBe(0);
      await firstEditor.getByRole("button", { name: "Reload the saved edits" }).click();
      await firstEditor.getByRole("button", { name: "Save", exact: true }).click();
      await first.getByTestId("local-revision").waitFor({ timeout: 20_000 });

      // Both edits are kept.
      await first.goto(`${appUrl()}#feature=sea-rajin-dunai-2023`);
      await first.reload();
      await waitForMapReady(first);
      await first.getByTestId("local-revision").waitFor({ timeout: 20_000 });
      expect(await first.getByTestId("confidence").textContent()).toMatch(/^High/);
    } finally {
      await session.close();
    }
  });

  test("the open editor has no serious or critical accessibility violations", async ({ browser }) => {
    const session = await openSession(browser, { bypassCSP: true });
    try {
      await openApp(session);
      const editor = await openEditor(session.page);
      await newFeatureIn(editor, "container-route.geojson");
      expect(await seriousViolations(session.page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
