/**
 * The pane's Content-Security-Policy: one builder for the <meta> tag the build writes into
 * taskpane.html and for the header `npm run serve` sends, so the two cannot drift apart.
 */
import { createHash } from "node:crypto";

export const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const OFFICE_ORIGIN = new URL(CDN_OFFICE_JS).origin;
/** The recent-bounces list (src/outlook/graph) reads the mailbox through Microsoft Graph, only after the user turns it on. */
export const GRAPH_ORIGIN = "https://graph.microsoft.com";

/** Stands in the template's policy for the hashes of the built page's own <style> elements. */
export const STYLE_HASHES = "'inline-style-hashes'";
/**
 * sha256 of the empty string. Griffel (Fluent's CSS-in-JS) and FluentProvider create EMPTY <style>
 * elements and fill them with CSSOM insertRule(), which CSP doesn't govern; Chromium still checks
 * the empty element as an inline style, and this hash is what lets it through. So the pane needs
 * no 'unsafe-inline' for styles: a <style> smuggled in with content would be refused.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** Where the pane may connect besides its own origin and Graph: NDR_CONNECT_SRC or the organisation's resolvers; "https:" when unset. */
export const ANY_HTTPS: readonly string[] = ["https:"];

export interface PolicyOptions {
  production: boolean;
  /** The DNS-over-HTTPS resolvers' sources (origins, or "https:" for any). */
  connect: readonly string[];
}

export function connectSrcDirective(connect: readonly string[]): string {
  return ["connect-src 'self'", GRAPH_ORIGIN, ...connect].join(" ");
}

/**
 * Scripts only from the pane's origin and office.js's CDN (office.js loads its Outlook scripts from
 * beside itself), and neither inline script nor eval. Development loads office.js from the dev
 * server itself ('self'). frame-src: office.js's only iframe of its own in Outlook is the host
 * trust check from its CDN folder (AgaveErrorUX); its telemetry frame is left blocked.
 * No frame-ancestors: Outlook on the web frames the pane from hosts Microsoft changes over time,
 * and a meta policy can't carry it anyway (see server/securityHeaders.ts).
 */
export function contentSecurityPolicy({ production, connect }: PolicyOptions): string {
  const office = production ? [OFFICE_ORIGIN] : [];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...office].join(" "),
    `style-src 'self' ${EMPTY_STYLE_HASH} ${STYLE_HASHES}`,
    // The pane shows no remote images: a message's images are never rendered, and a remote image is a tracking pixel.
    "img-src 'self' data:",
    connectSrcDirective(connect),
    ["frame-src", ...(production ? office : ["'self'"])].join(" "),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

export function styleHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
}

/** The hashes of a page's own <style> elements, in document order. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => styleHash(css));
}

/** What keeps a page from living under a policy without 'unsafe-inline': inline scripts, on* handlers, javascript: URLs. */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) if (!/\ssrc=/i.test(tag)) problems.push(`inline script ${tag}`);
  for (const [attr] of html.matchAll(/\son[a-z]+\s*=/gi)) problems.push(`event handler attribute${attr}`);
  if (/javascript:/i.test(html)) problems.push("a javascript: URL");
  return problems;
}

export type FinishedPage = { ok: true; html: string } | { ok: false; problems: string[] };

/**
 * Puts the page's style hashes in place of STYLE_HASHES, or says why the page can't keep its
 * policy. Run on the final (minified) HTML: the hashes must match the bytes that ship.
 */
export function finishPagePolicy(html: string): FinishedPage {
  const problems = inlineCodeProblems(html);
  if (!html.includes(STYLE_HASHES)) problems.unshift(`its policy lacks the ${STYLE_HASHES} placeholder`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, html: html.split(STYLE_HASHES).join(inlineStyleHashes(html).join(" ")) };
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Attributes of one start tag; values quoted with " or ', or unquoted as html-minifier leaves them. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, dq, sq, bare] of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const key = name.toLowerCase();
    if (!found.has(key)) found.set(key, decodeEntities(dq ?? sq ?? bare ?? ""));
  }
  return found;
}

/**
 * The policy a built page carries in its <meta http-equiv="Content-Security-Policy">, exactly as a
 * browser reads it; undefined when it has none. The production server sends this same text as its
 * header, so the page's policy (hashes included) is stated once, by the build.
 */
export function pagePolicy(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(tag.slice(5, -1));
    if ((attrs.get("http-equiv") ?? "").toLowerCase() === "content-security-policy") return attrs.get("content");
  }
  return undefined;
}

/** "a b; c d" → [["a", ["b"]], ["c", ["d"]]], in order; empty directives dropped. */
export function parsePolicy(policy: string): Array<[string, string[]]> {
  return policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .filter(([name]) => name !== "")
    .map(([name, ...values]) => [name.toLowerCase(), values]);
}

/**
 * A policy for the build's other HTML pages (the support page): they load nothing, run no script,
 * and keep their own <style> by hash.
 */
export function staticPagePolicy(html: string): string {
  return ["default-src 'none'", ["style-src", ...inlineStyleHashes(html)].join(" "), "img-src 'self'", "base-uri 'none'", "form-action 'none'"].join("; ");
}
