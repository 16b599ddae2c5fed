/**
 * The MX host Exchange Online publishes for a customer domain: the domain with its dots turned
 * into hyphens under mail.protection.outlook.com (contoso.co.uk → contoso-co-uk.mail.protection.outlook.com).
 * Newer DNSSEC-signed tenants get a name under mx.microsoft whose middle part Microsoft assigns,
 * so that one can be recognised but not predicted.
 */
import { isDomainName } from "./address";

export const EXO_MX_SUFFIX = ".mail.protection.outlook.com";
export const EXO_DNSSEC_MX_SUFFIX = ".mx.microsoft";
/** How the guidance table writes the host before the pane knows the domain. */
export const EXO_MX_PLACEHOLDER = `<domain>${EXO_MX_SUFFIX}`;
/** What a domain's SPF record includes when Exchange Online sends its mail. */
export const EXO_SPF_INCLUDE = "spf.protection.outlook.com";
/** Where a domain's autodiscover CNAME points when its mailboxes are in Exchange Online. */
export const EXO_AUTODISCOVER_TARGET = "autodiscover.outlook.com";

/**
 * contoso.co.uk → contoso-co-uk.mail.protection.outlook.com; undefined when `domain` is not a plain
 * (ASCII) domain name. An international domain's host is named from its A-label: pass
 * xn--bcher-kva.example (src/dns parseDomain converts), not bücher.example.
 */
export function exchangeOnlineMxHost(domain: string): string | undefined {
  const name = domain.trim().toLowerCase().replace(/\.$/, "");
  if (!isDomainName(name)) return undefined;
  return `${name.split(".").join("-")}${EXO_MX_SUFFIX}`;
}

export type MxHostKind =
  /** The classic host for exactly this domain, or any mx.microsoft host. */
  | "exo"
  /** Under mail.protection.outlook.com, but named for a different domain. */
  | "exo-other-name"
  | "elsewhere";

/** How an MX host relates to Exchange Online for `domain` (both lower-case, no trailing dot). */
export function classifyMxHost(host: string, domain: string): MxHostKind {
  if (host.endsWith(EXO_DNSSEC_MX_SUFFIX) && host.length > EXO_DNSSEC_MX_SUFFIX.length) return "exo";
  if (host === exchangeOnlineMxHost(domain)) return "exo";
  if (host.endsWith(EXO_MX_SUFFIX) && host.length > EXO_MX_SUFFIX.length) return "exo-other-name";
  return "elsewhere";
}
