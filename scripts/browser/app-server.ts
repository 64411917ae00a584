import { build, type PreviewServer, preview } from "vite";

/** Builds the app as a user would deploy it and serves `dist/` on loopback. */
export async function buildAndServe(): Promise<{ url: string; close: () => Promise<void> }> {
  // Vitest sets NODE_ENV=test, which would make this a development build of React: test what users get.
  process.env.NODE_ENV = "production";
  await build({ configFile: "vite.config.ts", logLevel: "warn", mode: "production" });
  const server: PreviewServer = await preview({
    configFile: "vite.config.ts",
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("The preview server has no port");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
