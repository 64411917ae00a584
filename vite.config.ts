import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { bundledDataset } from "./scripts/bundled-dataset-plugin.ts";
import { offlineAssets } from "./scripts/offline-assets-plugin.ts";
import { securityHeadersPlugins } from "./scripts/security-headers.ts";

export default defineConfig({
  root: "src",
  base: "./",
  publicDir: "../public",
  plugins: [react(), offlineAssets(), bundledDataset(), ...securityHeadersPlugins()],
  server: { fs: { allow: [".."] } },
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    // Every asset stays a file: `data:` URLs would need a looser Content-Security-Policy.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    root: ".",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          root: ".",
          include: ["tests/unit/**/*.test.ts", "tests/data/**/*.test.ts"],
          environment: "node",
          // Whole-dataset checks take seconds on a loaded two-core machine; the default 5 s cap made them flaky.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          root: ".",
          include: ["tests/e2e/**/*.e2e.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          // One software-rendered browser at a time: the machines have two cores and no GPU.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
