// The server's rules on their own: which paths may name a file, which cache rule a file gets, and
// the policy table read from a build (narrowed for an organisation's resolvers, or refused).
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentSecurityPolicy, pagePolicy, parsePolicy } from "../../build/csp";
import { isContentHashed, outputNames } from "../../build/paneFiles";
import { DistError, headerPolicy, loadPolicies } from "../../server/panePolicy";
import { cacheControlFor, headerSheet, IMMUTABLE, isCleanPath } from "../../server/securityHeaders";
import { makeFixtureDist } from "./support/fixtureDist";

// Processes, compilations and sockets: slow on a loaded machine, never a measure of speed.
jest.setTimeout(30000);

describe("isCleanPath", () => {
  test.each(["/", "/taskpane.html", "/assets/icon-16.png", "/47.da0ca4a1.js.LICENSE.txt", "/assets/", "/%74askpane.html"])("admits %p", (p) => {
    expect(isCleanPath(p)).toBe(true);
  });
  test.each([
    "",
    "taskpane.html",
    "/../x",
    "/a/../x",
    "/./x",
    "//x",
    "/a//x",
    "/.env",
    "/a/.git/config",
    "/%2e%2e/x",
    "/%2E/x",
    "/..%2fx",
    "/a%2Fb",
    "/a%5cb",
    "/a\\b",
    "/a%00",
    "/a\u0000b",
  ])("refuses %p", (p) => {
    expect(isCleanPath(p)).toBe(false);
  });
});

describe("cache rules follow the build's file names", () => {
  test("what webpack names with [contenthash] is immutable", () => {
    expect(outputNames(true).filename).toBe("[name].[contenthash:8].js");
    for (const f of ["taskpane.fdfcd5fb.js", "287.53b74209.js", "287.53b74209.js.LICENSE.txt", "assets/logo.0123abcd.svg"]) {
      expect(isContentHashed(f)).toBe(true);
      expect(cacheControlFor(f)).toBe(IMMUTABLE);
    }
  });
  test("fixed names revalidate; the manifest's icons get none", () => {
    expect(cacheControlFor("taskpane.html")).toBe("no-cache");
    expect(cacheControlFor("manifest.xml")).toBe("no-cache");
    expect(cacheControlFor("assets/support.html")).toBe("no-cache");
    expect(cacheControlFor("assets/icon-80.png")).toBeUndefined();
    for (const f of ["taskpane.html", "icon-16.png", "taskpane.js", "taskpane.fdfcd5f.js", "taskpane.FDFCD5FB.js"]) expect(isContentHashed(f)).toBe(false);
  });
});

describe("the policy table", () => {
  const dist = makeFixtureDist();
  afterAll(() => dist.cleanup());

  test("the pane's header policy is its meta policy, byte for byte", () => {
    const table = loadPolicies(dist.root);
    expect(table.pane).toBe(pagePolicy(dist.html));
    expect(table.meta).toBe(table.pane);
    expect([...table.pages.keys()]).toEqual(["assets/support.html"]);
    expect(table.resolverOrigins).toBeUndefined();
  });

  test("an organisation's resolvers narrow connect-src and change nothing else", () => {
    const table = loadPolicies(dist.root, ["https://doh.contoso.com/dns-query", "https://doh.contoso.com/other", "https://dns.example.net:8443/q"]);
    const narrowed = parsePolicy(table.pane);
    const meta = parsePolicy(table.meta);
    expect(narrowed.map(([n]) => n)).toEqual(meta.map(([n]) => n));
    for (const [name, values] of narrowed) {
      if (name === "connect-src") expect(values).toEqual(["'self'", "https://graph.microsoft.com", "https://doh.contoso.com", "https://dns.example.net:8443"]);
      else expect(values).toEqual(new Map(meta).get(name));
    }
    expect(table.resolverOrigins).toEqual(["https://doh.contoso.com", "https://dns.example.net:8443"]);
  });

  test("--print-headers: the sheet for another host carries this build's exact policies", () => {
    const table = loadPolicies(dist.root);
    const sheet = headerSheet(table);
    expect(sheet).toContain(`Content-Security-Policy: ${pagePolicy(dist.html)}`);
    expect(sheet).toContain(`Content-Security-Policy: ${table.pages.get("assets/support.html")}`);
    for (const line of [
      "Strict-Transport-Security: max-age=31536000",
      "X-Content-Type-Options: nosniff",
      "Referrer-Policy: no-referrer",
      `Cache-Control: ${IMMUTABLE}`,
      "Cache-Control: no-cache",
    ])
      expect(sheet).toContain(line);
    expect(sheet).toMatch(/^Permissions-Policy: accelerometer=\(\)/m);
    expect(sheet).not.toMatch(/^X-Frame-Options/m);
  });

  test("a resolver the built page itself blocks is refused: the header can only take away", () => {
    const meta = contentSecurityPolicy({ production: true, connect: ["https://doh.contoso.com"] });
    expect(headerPolicy(meta, ["https://doh.contoso.com/dns-query"])).toMatch(
      /connect-src 'self' https:\/\/graph\.microsoft\.com https:\/\/doh\.contoso\.com;/,
    );
    expect(() => headerPolicy(meta, ["https://cloudflare-dns.com/dns-query"])).toThrow(/blocks https:\/\/cloudflare-dns\.com.*Rebuild with NDR_CONNECT_SRC/);
    expect(() => headerPolicy(contentSecurityPolicy({ production: true, connect: ["https:"] }), ["http://127.0.0.1:8053/dns-query"])).toThrow(DistError);
  });

  test("a missing build, a development build and a page without a policy are refused with the reason", () => {
    const empty = makeFixtureDist();
    try {
      writeFileSync(join(empty.root, "taskpane.html"), "<!doctype html><html><head><script src=office-js/office.js></script></head></html>");
      expect(() => loadPolicies(empty.root)).toThrow(/is a development build/);
      writeFileSync(
        join(empty.root, "taskpane.html"),
        "<!doctype html><html><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script></head></html>",
      );
      expect(() => loadPolicies(empty.root)).toThrow(/carries no Content-Security-Policy/);
      expect(() => loadPolicies(join(empty.root, "nowhere"))).toThrow(/is missing: run `npm run build` first/);
    } finally {
      empty.cleanup();
    }
    expect(readdirSync(dist.root)).toContain("taskpane.html");
  });
});
