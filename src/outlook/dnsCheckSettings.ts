/**
 * The live DNS checks' saved choice, as either host stores it (roaming settings or localStorage).
 * Anything stored is read back through `readDnsCheckSettings`, so a hand-edited or foreign value
 * falls back to the defaults instead of sending the domain somewhere unexpected.
 */
import { parseResolverUrl } from "../dns/resolverUrl";
import { DEFAULT_DNS_CHECK_SETTINGS } from "../dns/settings";
import { resolverText } from "../dns/strings";
import type { DnsCheckPreference } from "./types";

export const DNS_CHECKS_KEY = "dnsChecks";
/** Longer than any real resolver URL; keeps a stored value from eating the 32 KB settings space. */
export const MAX_RESOLVER_URL_CHARS = 2000;

export function defaultDnsCheckSettings(): DnsCheckPreference {
  return { ...DEFAULT_DNS_CHECK_SETTINGS };
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
 * DNS engine itself also takes plain http to this computer (its Node tests use it).
 */
export function resolverUrlProblem(resolverUrl: string): string | undefined {
  if (resolverUrl.length > MAX_RESOLVER_URL_CHARS) return "The resolver address is too long.";
  const protocol = protocolOf(resolverUrl);
  if (protocol !== undefined && protocol !== "https:") return resolverText.paneHttpsOnly(resolverUrl.trim());
  const parsed = parseResolverUrl(resolverUrl);
  return parsed.ok ? undefined : parsed.message;
}

export function readDnsCheckSettings(value: unknown): DnsCheckPreference {
  if (typeof value !== "object" || value === null) return defaultDnsCheckSettings();
  const record = value as Record<string, unknown>;
  const url = typeof record.resolverUrl === "string" ? record.resolverUrl.trim() : "";
  const resolverUrl = url && resolverUrlProblem(url) === undefined ? url : DEFAULT_DNS_CHECK_SETTINGS.resolverUrl;
  return { enabled: record.enabled === true, resolverUrl };
}
