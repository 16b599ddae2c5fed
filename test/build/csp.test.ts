// build/csp.ts: finishing the page's policy, reading it back from a built page, and the policy of
// the build's other pages.
import { JSDOM } from "jsdom";
import {
  contentSecurityPolicy,
  EMPTY_STYLE_HASH,
  finishPagePolicy,
  inlineCodeProblems,
  pagePolicy,
  parsePolicy,
  STYLE_HASHES,
  staticPagePolicy,
  styleHash,
} from "../../build/csp";

const POLICY = contentSecurityPolicy({ production: true, connect: ["https:"] });
const page = (head: string, body = "") =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${POLICY}">${head}</head><body>${body}</body></html>`;

describe("finishPagePolicy", () => {
  test("puts the hashes of the page's own <style> elements in place of the placeholder", () => {
    const finished = finishPagePolicy(page("<style>body{margin:0}</style><style media=print>p{color:#000}</style>"));
    expect(finished.ok).toBe(true);
    if (!finished.ok) return;
    expect(finished.html).not.toContain(STYLE_HASHES);
    const styles = new Map(parsePolicy(pagePolicy(finished.html) ?? "")).get("style-src");
    expect(styles).toEqual(["'self'", EMPTY_STYLE_HASH, styleHash("body{margin:0}"), styleHash("p{color:#000}")]);
  });

  test("the hash is the base64 SHA-256 of the exact CSS text (checked with WebCrypto, as a browser computes it)", async () => {
    expect(styleHash("")).toBe(EMPTY_STYLE_HASH);
    for (const css of ["body,html{margin:0;padding:0}", 'p::after{content:"é"}']) {
      const digest = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(css))).toString("base64");
      expect(styleHash(css)).toBe(`'sha256-${digest}'`);
    }
  });

  test.each([
    ["an inline script", page("<script>alert(1)</script>"), /inline script <script>/],
    ["an event handler", page("", '<img src="x.png" onerror="alert(1)">'), /event handler attribute onerror=/],
    ["a javascript: URL", page("", '<a href="javascript:alert(1)">x</a>'), /a javascript: URL/],
    ["no placeholder", page("").replace(STYLE_HASHES, ""), /lacks the 'inline-style-hashes' placeholder/],
  ])("refuses a page with %s", (_what, html, problem) => {
    const finished = finishPagePolicy(html);
    expect(finished.ok).toBe(false);
    if (!finished.ok) expect(finished.problems.join("; ")).toMatch(problem);
  });

  test("a script with src is not inline", () => {
    expect(inlineCodeProblems('<script src="a.js"></script><script defer src=b.js></script>')).toEqual([]);
  });
});

describe("pagePolicy reads the meta exactly as a browser does", () => {
  test.each([
    ["double quotes", `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src data:">`],
    ["minified attributes", `<meta http-equiv=Content-Security-Policy content="default-src 'self'; img-src data:">`],
    ["single quotes and entities", `<meta content='default-src &#39;self&#39;; img-src data:' HTTP-EQUIV='content-security-policy'>`],
    [
      "other metas first",
      `<meta charset=utf-8><meta name=referrer content=no-referrer><meta http-equiv="Content-Security-Policy" content="default-src &apos;self&apos;; img-src data:">`,
    ],
  ])("%s", (_what, head) => {
    const html = `<!doctype html><html><head>${head}</head><body></body></html>`;
    const dom = new JSDOM(html);
    const fromBrowser = dom.window.document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute("content");
    expect(pagePolicy(html)).toBe("default-src 'self'; img-src data:");
    expect(pagePolicy(html)).toBe(fromBrowser);
  });

  test("a page without one has none", () => {
    expect(pagePolicy("<html><head><meta charset=utf-8></head></html>")).toBeUndefined();
  });
});

test("parsePolicy keeps directive order and values", () => {
  expect(parsePolicy("default-src 'self';  img-src 'self' data: ; ;object-src 'none'")).toEqual([
    ["default-src", ["'self'"]],
    ["img-src", ["'self'", "data:"]],
    ["object-src", ["'none'"]],
  ]);
});

test("other pages (the support page) load nothing and keep only their own styles", () => {
  const policy = new Map(parsePolicy(staticPagePolicy("<html><head><style>body{font:1em sans-serif}</style></head></html>")));
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("style-src")).toEqual([styleHash("body{font:1em sans-serif}")]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'none'"]);
  expect([...policy.keys()]).not.toContain("script-src");
});
