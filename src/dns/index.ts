/** The DNS engine's public surface: what the admin view and the CLI may use. */
export { runDomainChecks, type DomainCheckOptions } from "./checks";
export { queryDoh } from "./doh";
export { parseDomain, type DomainParse } from "./domainName";
export { classifyMxHost, exchangeOnlineMxHost, EXO_AUTODISCOVER_TARGET, EXO_SPF_INCLUDE, type MxHostKind } from "../classifier/mail/exoMxHost";
export { parseResolverUrl, type ResolverParse } from "./resolverUrl";
export { DEFAULT_DNS_CHECK_SETTINGS, DEFAULT_RESOLVER_URL, DEFAULT_TIMEOUT_MS, type DnsCheckSettings } from "./settings";
export { PRIVACY_NOTE, ENGLISH_DNS_SENTENCES, type DnsSentences } from "../i18n/dns/en";
export type * from "./types";
