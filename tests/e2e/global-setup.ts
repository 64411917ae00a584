import type { TestProject } from "vitest/node";
import { buildAndServe } from "../../scripts/browser/app-server.ts";
import { chromiumPath } from "../../scripts/browser/chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Fail loudly, never skip, when there is no browser to test in.
  chromiumPath();
  const server = await buildAndServe();
  project.provide("appUrl", server.url);
  return () => server.close();
}
