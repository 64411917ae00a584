import type { Plugin } from "vite";

/**
 * The built app's Content-Security-Policy: no inline script, no other host. MapLibre's worker is a file of our
 * own ('self'); it draws images from blob: and data: URLs. Sent as a header by the preview server (a <meta>
 * policy may not govern the worker's own fetches) and as a <meta> tag so that any static server gets it too.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  // An imported file's map data reaches MapLibre's worker as a blob: URL made by this page (src/import/).
  "connect-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml() {
      return [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy },
          injectTo: "head-prepend",
        },
      ];
    },
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader("Content-Security-Policy", `${contentSecurityPolicy}; frame-ancestors 'none'`);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        next();
      });
    },
  };
}
