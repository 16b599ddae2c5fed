/**
 * The live DNS checks' saved choice, as either host stores it (roaming settings or localStorage).
 * Anything stored is read back through `readDnsCheckSettings`, so a hand-edited or foreign value
 * falls back to the defaults instead of sending the domain somewhere unexpected.
 *
 * An organisation can allow only some resolvers: its manifest's task pane URL lists them
 * (?dnsResolvers=, src/dns/resolverList.ts; the first is the default), and the pane's policy
 * blocks the others (NDR_CONNECT_SRC, or the `npm run serve` header). Then only those are offered.
 */
import { isListedResolver, resolverListFromQuery } from "../dns/resolverList";
import { parseResolverUrl } from "../dns/resolverUrl";
import { DEFAULT_DNS_CHECK_SETTINGS } from "../dns/settings";
import { ENGLISH_RESOLVER_TEXT, type ResolverText } from "../i18n/dns/resolver-en";
import { pageSearch } from "./orgDefault";
import type { DnsCheckPreference } from "./types";

export const DNS_CHECKS_KEY = "dnsChecks";
/** Longer than any real resolver URL; keeps a stored value from eating the 32 KB settings space. */
export const MAX_RESOLVER_URL_CHARS = 2000;

/** The organisation's allowed resolvers (?dnsResolvers= on the task pane URL), or undefined for any. */
export function orgResolvers(search: string = pageSearch()): string[] | undefined {
  return resolverListFromQuery(search);
}

export function defaultDnsCheckSettings(search?: string): DnsCheckPreference {
  return { ...DEFAULT_DNS_CHECK_SETTINGS, resolverUrl: orgResolvers(search)?.[0] ?? DEFAULT_DNS_CHECK_SETTINGS.resolverUrl };
}

function protocolOf(url: string): string | undefined {
  try {
    return new URL(url.trim()).protocol;
  } catch {
    return undefined;
  }
}

/**
 * A user-facing reason when `resolverUrl` can't be used by the pane, else undefined. The pane's
 * Content-Security-Policy lets it connect to https origins only (connect-src), so it refuses
 * anything else here, with that reason, instead of failing later as "could not be reached"; the
 * DNS engine itself also takes plain http to this computer (its Node tests use it). An organisation
 * that lists its resolvers (?dnsResolvers=) allows only those. `text` is the language of the reason.
 */
export function resolverUrlProblem(resolverUrl: string, search?: string, text: ResolverText = ENGLISH_RESOLVER_TEXT): string | undefined {
  if (resolverUrl.length > MAX_RESOLVER_URL_CHARS) return text.paneTooLong;
  const protocol = protocolOf(resolverUrl);
  if (protocol !== undefined && protocol !== "https:") return text.paneHttpsOnly(resolverUrl.trim());
  const parsed = parseResolverUrl(resolverUrl, text);
  if (!parsed.ok) return parsed.message;
  const allowed = orgResolvers(search);
  if (allowed && !isListedResolver(resolverUrl, allowed))
    return text.notListed(
      resolverUrl,
      allowed.map((r) => new URL(r).host),
    );
  return undefined;
}

export function readDnsCheckSettings(value: unknown, search?: string): DnsCheckPreference {
  const fallback = defaultDnsCheckSettings(search);
  if (typeof value !== "object" || value === null) return fallback;
  const record = value as Record<string, unknown>;
  const url = typeof record.resolverUrl === "string" ? record.resolverUrl.trim() : "";
  const resolverUrl = url && resolverUrlProblem(url, search) === undefined ? url : fallback.resolverUrl;
  return { enabled: record.enabled === true, resolverUrl };
}
