/**
 * An organisation's list of allowed DNS-over-HTTPS resolvers. It travels on the task pane URL
 * (?dnsResolvers=, URLs separated by spaces; the first is the pane's default) and into the
 * Content-Security-Policy's connect-src as origins. The build, the production server and the
 * manifest tool parse it here, with the same resolver check the pane applies to a typed address.
 */
import { parseResolverUrl } from "./resolverUrl";

export const DNS_RESOLVERS_QUERY_PARAMETER = "dnsResolvers";

/** A handful is plenty (a primary and a fallback or two); the list also has to fit in a manifest URL. */
export const MAX_RESOLVERS = 5;

export type ResolverListParse = { ok: true; resolvers: string[]; origins: string[] } | { ok: false; message: string };

/**
 * Parses whitespace-separated resolver URLs (or an array of them). Each must pass
 * parseResolverUrl; duplicates are dropped, order is kept (the first is the default).
 */
export function parseResolverList(input: string | readonly string[]): ResolverListParse {
  const items = (typeof input === "string" ? input.split(/\s+/) : input.flatMap((s) => s.split(/\s+/))).filter((s) => s !== "");
  if (items.length === 0) return { ok: false, message: "The list of DNS resolvers is empty." };
  const resolvers: string[] = [];
  for (const item of items) {
    const parsed = parseResolverUrl(item);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    if (!resolvers.includes(parsed.url.href)) resolvers.push(parsed.url.href);
  }
  if (resolvers.length > MAX_RESOLVERS) return { ok: false, message: `At most ${MAX_RESOLVERS} DNS resolvers can be listed; got ${resolvers.length}.` };
  return { ok: true, resolvers, origins: resolverOrigins(resolvers) };
}

/** The distinct origins of resolver URLs, in order: what connect-src must allow. */
export function resolverOrigins(resolvers: readonly string[]): string[] {
  const origins: string[] = [];
  for (const resolver of resolvers) {
    const origin = new URL(resolver).origin;
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

/** Whether a resolver address is on one of the listed resolvers' origins (what the policy lets through). */
export function isListedResolver(resolverUrl: string, resolvers: readonly string[]): boolean {
  const parsed = parseResolverUrl(resolverUrl);
  return parsed.ok && resolverOrigins(resolvers).includes(parsed.url.origin);
}

/** The list from a task pane URL's query string; undefined when absent, empty or invalid (then no list applies). */
export function resolverListFromQuery(search: string): string[] | undefined {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get(DNS_RESOLVERS_QUERY_PARAMETER);
  } catch {
    return undefined;
  }
  if (value === null || value.trim() === "") return undefined;
  const parsed = parseResolverList(value);
  return parsed.ok ? parsed.resolvers : undefined;
}
