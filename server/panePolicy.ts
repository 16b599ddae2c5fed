/**
 * The Content-Security-Policy headers, taken from the build itself: the pane's policy is the one
 * its taskpane.html carries in its <meta> (hashes of the minified styles included), read back
 * once at start-up, so header and meta can't differ. An organisation's resolver list may narrow
 * connect-src in the header; browsers enforce the header and the meta both, so the header can
 * only take away.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { connectAllows } from "../build/connectSources";
import { CDN_OFFICE_JS, connectSrcDirective, pagePolicy, parsePolicy, staticPagePolicy } from "../build/csp";
import { PANE_PAGE } from "../build/paneFiles";
import { resolverOrigins } from "../src/dns/resolverList";

export interface PolicyTable {
  /** The pane's policy as the header sends it. */
  pane: string;
  /** The policy in taskpane.html's meta, as built. */
  meta: string;
  /** Policies of the other HTML pages (relative path → policy). */
  pages: Map<string, string>;
  /** The resolvers the header allows, when narrowed. */
  resolverOrigins?: string[];
}

export class DistError extends Error {
  override name = "DistError";
}

/** The header policy: the page's own, or the same with connect-src narrowed to the resolvers' origins. */
export function headerPolicy(meta: string, resolvers: readonly string[] | undefined): string {
  if (!resolvers || resolvers.length === 0) return meta;
  const directives = parsePolicy(meta);
  const connect = directives.find(([name]) => name === "connect-src");
  if (!connect) throw new DistError("the built page's policy has no connect-src to narrow");
  const origins = resolverOrigins(resolvers);
  const blocked = origins.filter((origin) => !connectAllows(connect[1], origin));
  if (blocked.length > 0) {
    throw new DistError(
      `the built page's own policy (connect-src ${connect[1].join(" ")}) blocks ${blocked.join(", ")}, so the pane could not reach ` +
        "those resolvers whatever this server sends. Rebuild with NDR_CONNECT_SRC (or NDR_ORG_CONFIG) listing them.",
    );
  }
  return directives.map(([name, values]) => (name === "connect-src" ? connectSrcDirective(origins) : [name, ...values].join(" "))).join("; ");
}

function htmlFiles(root: string, dir = root): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(root, full));
    else if (entry.isFile() && entry.name.endsWith(".html")) found.push(relative(root, full).split(sep).join("/"));
  }
  return found;
}

/** Reads the built pane and its pages; throws a DistError saying what is wrong with the build. */
export function loadPolicies(root: string, resolvers?: readonly string[]): PolicyTable {
  let html: string;
  try {
    html = readFileSync(join(root, PANE_PAGE), "utf8");
  } catch {
    throw new DistError(`${join(root, PANE_PAGE)} is missing: run \`npm run build\` first.`);
  }
  if (!html.includes(CDN_OFFICE_JS)) {
    throw new DistError(`${join(root, PANE_PAGE)} is a development build (office.js not from Microsoft's CDN): run \`npm run build\`.`);
  }
  const meta = pagePolicy(html);
  if (!meta) throw new DistError(`${join(root, PANE_PAGE)} carries no Content-Security-Policy: it was not built by this project's build.`);
  const pages = new Map<string, string>();
  for (const page of htmlFiles(root)) {
    if (page !== PANE_PAGE) pages.set(page, staticPagePolicy(readFileSync(join(root, page), "utf8")));
  }
  return { pane: headerPolicy(meta, resolvers), meta, pages, resolverOrigins: resolvers && resolvers.length > 0 ? resolverOrigins(resolvers) : undefined };
}
