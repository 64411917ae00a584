import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { openApp, openSession } from "./support/app-driver.ts";
import { describe, expect, test } from "./support/fixtures.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

async function seriousViolations(
  page: Page,
): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  })) as Violation[];
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}

describe("accessibility (axe-core)", () => {
  test("the app with its panels has no serious or critical violations", async ({ browser }) => {
    // The page's Content-Security-Policy forbids inline scripts; axe is injected by the test, not the app.
    const session = await openSession(browser, { bypassCSP: true });
    try {
      await openApp(session);
      expect(await seriousViolations(session.page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("the sourcing panel has no serious or critical violations", async ({ browser }) => {
    const session = await openSession(browser, { bypassCSP: true });
    try {
      await openApp(session);
      await session.page.getByTestId("feature-list").getByRole("button").first().click();
      await session.page.getByTestId("feature-details").waitFor();
      expect(await seriousViolations(session.page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
