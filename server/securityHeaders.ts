/**
 * The headers `npm run serve` adds to every response, and the cache rule per file. Anyone hosting
 * dist/ elsewhere (a CDN, IIS, nginx) should send the same: README "Hosting" lists them.
 *
 * Deliberately absent:
 * - X-Frame-Options and CSP frame-ancestors. Outlook on the web and new Outlook show the pane in
 *   an iframe on Outlook's own origin; DENY/SAMEORIGIN, or a frame-ancestors list that misses one
 *   of Outlook's hosts (which Microsoft changes, e.g. outlook.cloud.microsoft), leaves the pane
 *   blank (outlook-platform.md §9).
 * - Cross-Origin-Opener/Embedder/Resource-Policy: they would cut the pane off from Office's
 *   host frame and dialogs, or stop Outlook from loading the icons cross-origin.
 */
import { isContentHashed, MANIFEST_FILE, PANE_PAGE } from "../build/paneFiles";

/** One year: long enough for preload lists; the host serves nothing but the add-in. */
export const HSTS = "max-age=31536000";

/**
 * Powerful features the pane never uses, switched off for it and anything it might frame.
 * Clipboard is left alone: "Copy diagnosis" and the Copy buttons write to it.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
].join(", ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "strict-transport-security": HSTS,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy": PERMISSIONS_POLICY,
};

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/**
 * Cache-Control for a file under dist/ (path relative to it, with "/"), or undefined for none:
 * - content-hashed files never change under their name: cached for a year;
 * - taskpane.html and manifest.xml name those files, so clients must revalidate them every time
 *   (ETag/Last-Modified make that a 304) and pick up a new build at once;
 * - the manifest's icons get no Cache-Control at all: Office caches add-in images itself and "the
 *   server hosting an image resource must not add any CACHE-CONTROL directives", or Office shows a
 *   generic icon instead (learn.microsoft.com/javascript/api/manifest/image). New icons need new
 *   file names;
 * - anything else (the support page, license notes) revalidates.
 */
export function cacheControlFor(relativePath: string): string | undefined {
  if (isContentHashed(relativePath)) return IMMUTABLE;
  if (relativePath === PANE_PAGE || relativePath === MANIFEST_FILE) return REVALIDATE;
  if (/^assets\/[^/]+\.png$/i.test(relativePath)) return undefined;
  return REVALIDATE;
}

/**
 * Whether a request path may name a file at all: no "." or ".." segments, no empty segments, no
 * dotfiles, no backslashes or NULs, and no percent-encoded "/", "\", "." or NUL that could turn
 * into one of those after decoding. dist/ holds no file that needs any of them; everything else
 * gets a 404 before the file system is consulted.
 */
export function isCleanPath(rawPath: string): boolean {
  if (!rawPath.startsWith("/")) return false;
  if (/%(?:2f|5c|2e|00)/i.test(rawPath)) return false;
  if (/[\\\0]/.test(rawPath)) return false;
  const segments = rawPath.slice(1).split("/");
  return segments.every((segment, i) => (segment !== "" || i === segments.length - 1) && !segment.startsWith("."));
}

/**
 * The headers a host other than `npm run serve` must send for this build, as text to copy into a
 * CDN's or web server's configuration. The policy includes the hash of the build's inline style:
 * print it again after every build.
 */
export function headerSheet(policies: { pane: string; pages: ReadonlyMap<string, string> }): string {
  const lines = ["# Every response", `Content-Security-Policy: ${policies.pane}`];
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    lines.push(`${name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase())}: ${value}`);
  lines.push(
    "# Never: X-Frame-Options, Content-Security-Policy frame-ancestors, Cross-Origin-Opener/Embedder/Resource-Policy",
    "",
    `# Content-hashed files (name.[${"0-9a-f"}]{8}.js, .css, … and their .LICENSE.txt)`,
    `Cache-Control: ${IMMUTABLE}`,
    "",
    "# taskpane.html, manifest.xml and the other pages",
    `Cache-Control: ${REVALIDATE}`,
    "",
    "# assets/*.png (the manifest's icons): no Cache-Control header at all",
  );
  for (const [page, policy] of policies.pages) lines.push("", `# ${page} (instead of the pane's policy)`, `Content-Security-Policy: ${policy}`);
  return lines.join("\n");
}
