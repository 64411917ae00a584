import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  contentSecurityPolicy,
  nginxSnippet,
  securityHeaders,
  staticHostHeadersFile,
} from "../../../scripts/security-headers.ts";

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");

describe("security headers", () => {
  test("public/_headers (Netlify, Cloudflare Pages) sends exactly the policy's headers", () => {
    expect(read("public/_headers")).toBe(staticHostHeadersFile());
    for (const [name, value] of securityHeaders)
      expect(read("public/_headers")).toContain(`  ${name}: ${value}\n`);
  });

  test("README's nginx snippet is the policy's", () => {
    const readme = read("README.md");
    const block = /<!-- nginx-headers -->\s*```nginx\n([\s\S]*?)\n```/.exec(readme);
    expect(block?.[1]).toBe(nginxSnippet());
  });

  test("the header forbids framing; the <meta> policy leaves it out, since a meta tag cannot carry it", () => {
    const header = new Map(securityHeaders).get("Content-Security-Policy");
    expect(header).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toContain("frame-ancestors");
    expect(new Map(securityHeaders).get("X-Frame-Options")).toBe("DENY");
  });

  test("the policy allows no other host and no inline script", () => {
    for (const directive of contentSecurityPolicy.split("; ")) {
      expect(directive).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    }
  });
});
