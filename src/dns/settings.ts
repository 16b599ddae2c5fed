/**
 * Defaults for the admin's DNS checks. The checks send the domain to a third party, so they start
 * switched off and stay off until an admin turns them on (the view shows PRIVACY_NOTE first).
 */

/** Cloudflare's public resolver: RFC 8484 POST and GET, CORS for browser callers, no sign-in. */
export const DEFAULT_RESOLVER_URL = "https://cloudflare-dns.com/dns-query";

export const DEFAULT_TIMEOUT_MS = 5000;

/** Above this a time-out is a misconfiguration, not patience. */
export const MAX_TIMEOUT_MS = 60_000;

export interface DnsCheckSettings {
  enabled: boolean;
  resolverUrl: string;
}

export const DEFAULT_DNS_CHECK_SETTINGS: Readonly<DnsCheckSettings> = Object.freeze({
  enabled: false,
  resolverUrl: DEFAULT_RESOLVER_URL,
});
