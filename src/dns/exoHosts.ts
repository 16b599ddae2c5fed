/**
 * The host names Exchange Online publishes for a customer domain, and how an MX host relates to
 * them. Two forms exist: the classic <domain-with-dashes>.mail.protection.outlook.com, and the
 * DNSSEC-signed one under mx.microsoft (e.g. contoso-com.o-v1.mx.microsoft) whose middle part
 * Microsoft assigns, so any host there counts.
 */
import { parseDomain } from "./domainName";

const CLASSIC_SUFFIX = ".mail.protection.outlook.com";
const DNSSEC_SUFFIX = ".mx.microsoft";

export const EXO_SPF_INCLUDE = "spf.protection.outlook.com";
export const EXO_AUTODISCOVER_TARGET = "autodiscover.outlook.com";

/** contoso.co.uk → contoso-co-uk.mail.protection.outlook.com; undefined for an invalid domain. */
export function expectedExoMxHost(domain: string): string | undefined {
  const parsed = parseDomain(domain);
  return parsed.ok ? `${parsed.domain.replace(/\./gu, "-")}${CLASSIC_SUFFIX}` : undefined;
}

export type MxHostKind =
  /** The classic host for exactly this domain, or any mx.microsoft host. */
  | "exo"
  /** Under mail.protection.outlook.com, but named for a different domain. */
  | "exo-other-name"
  | "elsewhere";

/** `host` and `domain` are canonical (lower-case, no trailing dot). */
export function classifyMxHost(host: string, domain: string): MxHostKind {
  if (host.endsWith(DNSSEC_SUFFIX) && host.length > DNSSEC_SUFFIX.length) return "exo";
  if (host === expectedExoMxHost(domain)) return "exo";
  if (host.endsWith(CLASSIC_SUFFIX) && host.length > CLASSIC_SUFFIX.length) return "exo-other-name";
  return "elsewhere";
}
