// The pane's Content-Security-Policy as build/csp.ts builds it for the meta tag and the server's
// header (the built page itself is checked by CspHtmlPlugin at build time, served in
// test/server/, and exercised in test/browser/hostile-ndr.test.ts and production-server.test.ts).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { contentSecurityPolicy } from "../../build/csp";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

describe.each([true, false])("policy (production: %s)", (production) => {
  const policy = directives(contentSecurityPolicy({ production, connect: ["https:"] }));

  test("no inline script, no eval, nothing from an unexpected origin", () => {
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).toEqual(production ? ["'self'", "https://appsforoffice.microsoft.com"] : ["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  test("styles: no 'unsafe-inline', only the empty-sheet hash and the page's own style hashes", () => {
    const styles = policy.get("style-src") ?? [];
    expect(styles).not.toContain("'unsafe-inline'");
    expect(styles).toEqual(["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", "'inline-style-hashes'"]);
  });

  test("plugins, base and form targets are shut; images only local; frames only office.js's own", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("frame-src")).toEqual(production ? ["https://appsforoffice.microsoft.com"] : ["'self'"]);
    // Graph stays listed when NDR_CONNECT_SRC narrows the resolvers: the recent-bounces list needs it.
    expect(policy.get("connect-src")).toEqual(["'self'", "https://graph.microsoft.com", "https:"]);
  });
});

test("no frame-ancestors: Outlook on the web frames the pane, and a meta policy can't carry it anyway", () => {
  for (const production of [true, false]) expect(contentSecurityPolicy({ production, connect: ["https:"] })).not.toMatch(/frame-ancestors/);
});

test("a narrowed resolver list replaces https: but keeps Microsoft Graph", () => {
  const policy = directives(contentSecurityPolicy({ production: true, connect: ["https://doh.contoso.com"] }));
  expect(policy.get("connect-src")).toEqual(["'self'", "https://graph.microsoft.com", "https://doh.contoso.com"]);
});

test("the empty-sheet hash is the SHA-256 of the empty string", async () => {
  const digest = Buffer.from(await crypto.subtle.digest("SHA-256", new Uint8Array())).toString("base64");
  expect(digest).toBe("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
});

test("the page template puts the policy first in <head>, before any script", () => {
  const html = readFileSync(resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  const meta = html.indexOf('http-equiv="Content-Security-Policy"');
  expect(meta).toBeGreaterThan(0);
  expect(meta).toBeLessThan(html.indexOf("<script"));
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
});
