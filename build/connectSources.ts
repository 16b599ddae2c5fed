/**
 * NDR_CONNECT_SRC: where the pane may send requests besides its own origin and Microsoft Graph.
 * The only other requests it makes are the opt-in live DNS checks, to a DNS-over-HTTPS resolver
 * the admin can change in the pane (default https://cloudflare-dns.com), so the default is any
 * HTTPS origin. An organisation that fixes its resolvers narrows it, e.g.
 * NDR_CONNECT_SRC="https://cloudflare-dns.com https://doh.contoso.com"; other resolvers then fail.
 */
import { parseResolverUrl } from "../src/dns/resolverUrl";
import { ANY_HTTPS } from "./csp";

/** One source: the scheme keyword "https:", or an origin the pane's resolver check accepts (https, or http to this computer). */
function isOriginSource(source: string): boolean {
  if (source === "https:") return true;
  if (source.includes("*")) return false;
  const parsed = parseResolverUrl(source);
  return parsed.ok && parsed.url.origin === source.replace(/\/$/, "");
}

/** Parses NDR_CONNECT_SRC; unset or blank means any HTTPS origin. Throws with the offending entry. */
export function parseConnectSources(value: string | undefined): string[] {
  const trimmed = (value ?? "").trim();
  if (trimmed === "") return [...ANY_HTTPS];
  const sources = trimmed.split(/\s+/);
  for (const source of sources) {
    if (!isOriginSource(source)) throw new Error(`NDR_CONNECT_SRC: "${source}" is not an https origin (https://host[:port]) or "https:".`);
  }
  return sources.map((s) => s.replace(/\/$/, ""));
}

/** Whether a policy's connect sources admit this origin (an explicit origin, or https: for any https origin). */
export function connectAllows(sources: readonly string[], origin: string): boolean {
  if (sources.includes(origin)) return true;
  return sources.includes("https:") && origin.startsWith("https://");
}
