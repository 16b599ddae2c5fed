// The production server over real HTTP on a random port: headers, caching, conditional and range
// requests, HEAD, compression, 404s and path traversal, health.
import type { FastifyInstance } from "fastify";
import { JSDOM } from "jsdom";
import { unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { pagePolicy } from "../../build/csp";
import { createApp } from "../../server/app";
import { loadPolicies } from "../../server/panePolicy";
import { IMMUTABLE, PERMISSIONS_POLICY } from "../../server/securityHeaders";
import { DOTFILE_SECRET, makeFixtureDist, SECRET, type FixtureDist } from "./support/fixtureDist";
import { rawRequest } from "./support/rawHttp";

// Processes, compilations and sockets: slow on a loaded machine, never a measure of speed.
jest.setTimeout(30000);

let dist: FixtureDist;
let app: FastifyInstance;
let origin: string;
const get = (path: string, headers: Record<string, string> = {}) => rawRequest(origin, path, { headers });

beforeAll(async () => {
  dist = makeFixtureDist();
  app = await createApp({ root: dist.root, policies: loadPolicies(dist.root) });
  origin = await app.listen({ host: "127.0.0.1", port: 0 });
}, 30000);
afterAll(async () => {
  await app?.close();
  dist?.cleanup();
});

describe("security headers", () => {
  test("on the pane: the policy exactly as its meta tag carries it, and the fixed set", async () => {
    const r = await get("/taskpane.html");
    expect(r.status).toBe(200);
    const meta = new JSDOM(r.body.toString("utf8")).window.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
    expect(meta).toMatch(/style-src 'self' 'sha256-[^']+' 'sha256-[^']+'/);
    expect(r.headers["content-security-policy"]).toBe(meta);
    expect(r.headers["content-security-policy"]).toBe(pagePolicy(dist.html));
    expect(r.headers).toMatchObject({
      "strict-transport-security": "max-age=31536000",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "permissions-policy": PERMISSIONS_POLICY,
      "content-type": "text/html; charset=utf-8",
    });
  });

  test("never X-Frame-Options or frame-ancestors (Outlook on the web frames the pane), nor COOP/COEP/CORP", async () => {
    for (const path of ["/taskpane.html", "/taskpane.0123abcd.js", "/assets/support.html", "/nope", "/healthz"]) {
      const r = await get(path);
      expect(r.headers["x-frame-options"]).toBeUndefined();
      expect(r.headers["content-security-policy"]).not.toMatch(/frame-ancestors/);
      for (const h of ["cross-origin-opener-policy", "cross-origin-embedder-policy", "cross-origin-resource-policy"]) expect(r.headers[h]).toBeUndefined();
    }
  });

  test("the Permissions-Policy leaves the clipboard to the Copy buttons", () => {
    expect(PERMISSIONS_POLICY).not.toMatch(/clipboard/);
    expect(PERMISSIONS_POLICY).toMatch(/camera=\(\)/);
  });

  test("every response carries them, 404s included", async () => {
    for (const path of ["/taskpane.0123abcd.js", "/manifest.xml", "/assets/icon-16.png", "/missing.js", "/..%2fsecret.txt"]) {
      const r = await get(path);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["strict-transport-security"]).toBe("max-age=31536000");
      expect(r.headers["referrer-policy"]).toBe("no-referrer");
      expect(r.headers["content-security-policy"]).toBeDefined();
    }
  });

  test("the support page gets a policy of its own that admits its inline style and nothing else", async () => {
    const r = await get("/assets/support.html");
    expect(r.status).toBe(200);
    const policy = r.headers["content-security-policy"] as string;
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'self'; base-uri 'none'; form-action 'none'$/);
  });
});

describe("caching", () => {
  test.each([
    ["/taskpane.0123abcd.js", IMMUTABLE],
    ["/classifier.89abcdef.js", IMMUTABLE],
    ["/taskpane.0123abcd.js.LICENSE.txt", IMMUTABLE],
    ["/taskpane.html", "no-cache"],
    ["/manifest.xml", "no-cache"],
    ["/assets/support.html", "no-cache"],
  ])("%s: %s", async (path, rule) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.headers["cache-control"]).toBe(rule);
    expect(r.headers.etag).toBeDefined();
    expect(r.headers["last-modified"]).toBeDefined();
  });

  test("the manifest's icons carry no Cache-Control (Office substitutes a generic icon otherwise), but do revalidate", async () => {
    const r = await get("/assets/icon-16.png");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("image/png");
    expect(r.headers["cache-control"]).toBeUndefined();
    const again = await get("/assets/icon-16.png", { "if-none-match": r.headers.etag as string });
    expect(again.status).toBe(304);
  });

  test("a revalidated taskpane.html is a 304 with no body", async () => {
    const first = await get("/taskpane.html");
    const again = await get("/taskpane.html", { "if-none-match": first.headers.etag as string });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const since = await get("/taskpane.html", { "if-modified-since": first.headers["last-modified"] as string });
    expect(since.status).toBe(304);
  });
});

describe("compression", () => {
  test.each([
    ["br", (b: Buffer) => brotliDecompressSync(b)],
    ["gzip", (b: Buffer) => gunzipSync(b)],
  ])("%s when the client accepts it, bytes intact", async (encoding, decode) => {
    const r = await get(`/${dist.script.name}`, { "accept-encoding": encoding });
    expect(r.headers["content-encoding"]).toBe(encoding);
    expect(r.headers.vary).toMatch(/accept-encoding/i);
    expect(r.body.length).toBeLessThan(dist.script.body.length / 4);
    expect(decode(r.body).toString("utf8")).toBe(dist.script.body);
    expect(r.headers["cache-control"]).toBe(IMMUTABLE);
  });

  test("brotli is preferred over gzip; identity when nothing is accepted", async () => {
    expect((await get(`/${dist.script.name}`, { "accept-encoding": "gzip, deflate, br" })).headers["content-encoding"]).toBe("br");
    const plain = await get(`/${dist.script.name}`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(dist.script.body);
  });

  test("PNGs are not recompressed", async () => {
    expect((await get("/assets/icon-16.png", { "accept-encoding": "br, gzip" })).headers["content-encoding"]).toBeUndefined();
  });
});

describe("HEAD and ranges", () => {
  test("HEAD: the GET's status and headers, no body", async () => {
    const got = await get("/manifest.xml");
    const head = await rawRequest(origin, "/manifest.xml", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String(got.body.length));
    for (const h of ["content-type", "etag", "cache-control", "content-security-policy", "strict-transport-security"])
      expect(head.headers[h]).toBe(got.headers[h]);
  });

  test("a byte range is a 206 with the right bytes, never compressed", async () => {
    const whole = (await get(`/${dist.script.name}`)).body;
    const r = await get(`/${dist.script.name}`, { range: "bytes=10-29", "accept-encoding": "br, gzip" });
    expect(r.status).toBe(206);
    expect(r.headers["content-range"]).toBe(`bytes 10-29/${whole.length}`);
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.body).toEqual(whole.subarray(10, 30));
    expect(r.headers["accept-ranges"]).toBe("bytes");
  });

  test("an unsatisfiable range is a 416", async () => {
    const r = await get("/manifest.xml", { range: "bytes=999999-" });
    expect(r.status).toBe(416);
  });
});

describe("only dist/'s files: everything else is a 404 that reveals nothing", () => {
  test.each([
    "/secret.txt",
    "/../secret.txt",
    "/assets/../../secret.txt",
    "/..%2fsecret.txt",
    "/..%2Fsecret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/%252e%252e/secret.txt",
    "/..%5csecret.txt",
    "/assets/..\\..\\secret.txt",
    "/assets%2f..%2f..%2fsecret.txt",
    "//secret.txt",
    "/./taskpane.html",
    "/assets/./icon-16.png",
    "/taskpane.html%00.png",
    "/.env",
    "/assets/.env",
    "/%2eenv",
    "/assets/",
    "/assets",
    "/etc/passwd",
    "/../../../../../../etc/passwd",
    "/node_modules/fastify/package.json",
    "/taskpane.HTML",
  ])("%s", async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.body.toString("utf8")).not.toContain(SECRET);
    expect(r.body.toString("utf8")).not.toContain(DOTFILE_SECRET);
    expect(r.headers["cache-control"]).toBe("no-store");
  });

  test("a file added after start-up is not served (routes are the files present at start)", async () => {
    writeFileSync(join(dist.root, "late.js"), "late");
    try {
      expect((await get("/late.js")).status).toBe(404);
    } finally {
      unlinkSync(join(dist.root, "late.js"));
    }
  });

  test("methods other than GET and HEAD find nothing", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) expect((await rawRequest(origin, "/taskpane.html", { method })).status).toBe(404);
  });

  test("percent-encoded names of real files still work", async () => {
    expect((await get("/%74askpane.html")).status).toBe(200);
  });
});

describe("the bare address and health", () => {
  test("/ redirects to the pane, keeping the query", async () => {
    const r = await get("/?admin=helpdesk%40contoso.com");
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe("taskpane.html?admin=helpdesk%40contoso.com");
  });

  test("/healthz is ok while the build is there, 503 when it is gone", async () => {
    const ok = await get("/healthz");
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body.toString("utf8"))).toEqual({ status: "ok" });
    expect(ok.headers["cache-control"]).toBe("no-store");
    const html = join(dist.root, "taskpane.html");
    const saved = dist.html;
    unlinkSync(html);
    try {
      expect((await get("/healthz")).status).toBe(503);
    } finally {
      writeFileSync(html, saved);
    }
  });
});
