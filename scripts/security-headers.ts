import type { Plugin } from "vite";

/**
 * The built app's Content-Security-Policy: no inline script, no other host. MapLibre's worker is a file of our
 * own ('self'); it draws images from blob: and data: URLs.
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

/**
 * What a server should send with every response. Only a header can forbid framing (`frame-ancestors`, with
 * X-Frame-Options for older browsers): a <meta> policy ignores it, so a page served without these headers can
 * be framed by another site (clickjacking).
 */
export const securityHeaders: ReadonlyArray<readonly [name: string, value: string]> = [
  ["Content-Security-Policy", `${contentSecurityPolicy}; frame-ancestors 'none'`],
  ["X-Frame-Options", "DENY"],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
];

/** `public/_headers`, the file Netlify and Cloudflare Pages read: every path gets the headers. */
export function staticHostHeadersFile(): string {
  return ["/*", ...securityHeaders.map(([name, value]) => `  ${name}: ${value}`), ""].join("\n");
}

/** The same headers for an nginx `server` or `location` block (`always`: error pages get them too). */
export function nginxSnippet(): string {
  return securityHeaders.map(([name, value]) => `add_header ${name} "${value}" always;`).join("\n");
}

/**
 * The policy as a <meta> tag in the built page, so that any static server applies most of it, and as headers
 * from `npm run preview`. Two plugins: Vite resolves the preview server's config as "serve", so a plugin that
 * applies to "build" only never sees the preview server. The dev server sends no policy: React's fast refresh
 * injects inline script.
 */
export function securityHeadersPlugins(): Plugin[] {
  return [
    {
      name: "content-security-policy-meta",
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
    },
    {
      name: "security-headers-preview",
      configurePreviewServer(server) {
        server.middlewares.use((_request, response, next) => {
          for (const [name, value] of securityHeaders) response.setHeader(name, value);
          next();
        });
      },
    },
  ];
}
