import { openApp, openSession } from "./support/app-driver.ts";
import { seriousViolations } from "./support/axe.ts";
import { describe, expect, test } from "./support/fixtures.ts";

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
