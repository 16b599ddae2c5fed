/**
 * The DNS checks' sentences in English: the default, and the source every translation follows
 * (src/i18n/dns/fr.ts, de.ts, es.ts: the same functions, the same arguments). The engine
 * (src/dns) takes a language's sentences as an argument; nothing here is ever reassigned.
 */
import { ENGLISH_RESOLVER_TEXT, type ResolverText } from "./resolver-en";

export type { ResolverText };
const seconds = (ms: number): string => {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? "" : "s"}`;
};

const list = (items: readonly string[]): string => items.join(", ");

/** Shown before the admin turns the checks on, and beside the button that runs them. */
export const PRIVACY_NOTE = (resolverUrl: string, domain?: string): string => {
  let host = resolverUrl;
  try {
    host = new URL(resolverUrl).host;
  } catch {
    // An unparsable URL is shown as typed; the checks themselves refuse it.
  }
  const name = domain ? `the domain name ${domain}` : "the recipient's domain name";
  return `When you run these checks, ${name} is sent to ${host} over HTTPS. Nothing else leaves your mailbox.`;
};

const EN_DOMAIN = {
  empty: "Enter a domain name, for example contoso.com.",
  emailAddress: "Enter only the domain (the part after @), not an email address.",
  badCharacters: (domain: string) => `"${domain}" is not a domain name: it contains characters a domain name can't have.`,
  tooLong: (domain: string) => `"${domain}" is longer than a domain name can be (253 characters).`,
  singleLabel: (domain: string) => `"${domain}" has no dot; a mail domain looks like contoso.com.`,
  emptyLabel: (domain: string) => `"${domain}" has an empty part between dots.`,
  badLabel: (domain: string, label: string) =>
    `"${domain}" is not a valid domain name: the part "${label}" must be 1–63 letters, digits or hyphens and can't start or end with a hyphen.`,
  numericTld: (domain: string) => `"${domain}" looks like an IP address, not a domain name.`,
  idnFailed: (domain: string) => `"${domain}" can't be converted to an internationalised domain name.`,
};

const EN_DOH = {
  invalidName: (name: string) => `"${name}" can't be looked up: it is not a valid DNS name.`,
  timeout: (host: string, ms: number) => `The DNS resolver ${host} did not answer within ${seconds(ms)}.`,
  aborted: (host: string) => `The look-up at ${host} was cancelled.`,
  unreachable: (host: string) => `The DNS resolver ${host} could not be reached (no connection, blocked by a firewall or proxy, or the address is wrong).`,
  httpError: (host: string, status: number) => `The DNS resolver ${host} answered with HTTP error ${status}.`,
  notDns: (host: string, contentType: string) => `The DNS resolver ${host} did not answer with DNS data (it sent ${contentType}). Check the resolver address.`,
  tooLarge: (host: string) => `The DNS resolver ${host} sent an answer larger than a DNS message can be.`,
  garbled: (host: string) => `The DNS resolver ${host} sent an answer that is not a valid DNS message.`,
  mismatched: (host: string) => `The DNS resolver ${host} sent an answer to a different question.`,
  truncated: (host: string) => `The DNS resolver ${host} sent a truncated answer.`,
  otherRcode: (host: string, rcode: string) => `The DNS resolver ${host} answered with error ${rcode}.`,
  nxdomain: (host: string, name: string) => `${name} does not exist in DNS (NXDOMAIN from ${host}).`,
  servfail: (host: string, name: string) =>
    `The DNS resolver ${host} failed to look up ${name} (SERVFAIL). The domain's name servers may be down or its DNSSEC broken.`,
  refused: (host: string, name: string) => `The DNS resolver ${host} refused to look up ${name} (REFUSED).`,
};

/** One title per check; its keys are the checks' ids (src/dns/types.ts CheckId). */
const EN_TITLES = {
  mx: "Mail routing (MX records)",
  "mx-single": "Only one MX record",
  spf: "SPF record",
  autodiscover: "Autodiscover",
};

const EN_MX = {
  couldNotCheck: (reason: string) => `Could not check the MX records. ${reason}`,
  nxdomain: (domain: string) => `${domain} does not exist in DNS, so no server can receive mail for it.`,
  none: (domain: string) => `${domain} has no MX records, so mail for it has nowhere to go.`,
  nullMx: (domain: string) => `${domain} publishes a "null MX": it says it accepts no mail at all.`,
  pass: (host: string) => `Mail for the domain goes only to Exchange Online (${host}).`,
  exoAmongOthers: (exo: readonly string[], others: readonly string[]) =>
    `Exchange Online (${list(exo)}) is listed, but so ${others.length === 1 ? "is" : "are"} ${list(others)}. Microsoft 365 needs its MX to be the only one; mail sent to the other servers can bounce with "Relay Access Denied".`,
  exoOtherName: (found: readonly string[], expected: string) =>
    `The MX points to Exchange Online (${list(found)}), but not to the host Microsoft 365 gives this domain (${expected}). Compare it with Microsoft 365 admin center > Settings > Domains.`,
  elsewhere: (hosts: readonly string[], expected: string) =>
    `Mail for the domain goes to ${list(hosts)}, not to Microsoft 365 (${expected}). That is right if a third-party filter or another mail system receives it first; otherwise Exchange Online won't get this domain's mail.`,
};

const EN_MX_SINGLE = {
  one: "There is exactly one MX record.",
  several: (count: number) =>
    `There are ${count} MX records. For a domain whose mail is hosted in Microsoft 365, the Exchange Online MX should be the only one.`,
};

const EN_SPF = {
  couldNotCheck: (reason: string) => `Could not check the SPF record. ${reason}`,
  nxdomain: (domain: string) => `${domain} does not exist in DNS, so it has no SPF record.`,
  none: (domain: string) => `${domain} has no SPF record (a TXT record starting "v=spf1"). Receivers can't tell which servers may send its mail.`,
  several: (count: number) => `There are ${count} SPF records. A domain must have only one; with more, every SPF check fails (permerror). Merge them into one.`,
  pass: "The SPF record includes spf.protection.outlook.com, so mail sent through Exchange Online passes SPF.",
  missingInclude:
    "The SPF record does not include spf.protection.outlook.com. Mail sent through Exchange Online can fail SPF unless the record covers it some other way.",
  missingIncludeRedirect: (target: string) =>
    `The SPF record does not include spf.protection.outlook.com itself; it hands over to ${target} (redirect=), which was not followed.`,
};

const EN_AUTODISCOVER = {
  couldNotCheck: (reason: string) => `Could not check autodiscover. ${reason}`,
  none: (name: string) =>
    `${name} has no CNAME record. Outlook may not find the mailbox settings on its own; Microsoft 365 expects a CNAME to autodiscover.outlook.com.`,
  pass: (name: string) => `${name} points to autodiscover.outlook.com.`,
  elsewhere: (name: string, target: string) =>
    `${name} points to ${target}, not to autodiscover.outlook.com. That is right only while mailboxes are on another system (for example Exchange Server in a hybrid setup).`,
};

export type DomainText = typeof EN_DOMAIN;
export type DohText = typeof EN_DOH;
export type MxText = typeof EN_MX;
export type MxSingleText = typeof EN_MX_SINGLE;
export type SpfText = typeof EN_SPF;
export type AutodiscoverText = typeof EN_AUTODISCOVER;

/** One language's sentences: the same functions, the same arguments. */
export interface DnsSentences {
  domain: DomainText;
  resolver: ResolverText;
  doh: DohText;
  titles: Record<keyof typeof EN_TITLES, string>;
  mx: MxText;
  mxSingle: MxSingleText;
  spf: SpfText;
  autodiscover: AutodiscoverText;
}

export const ENGLISH_DNS_SENTENCES: DnsSentences = Object.freeze({
  domain: Object.freeze(EN_DOMAIN),
  resolver: ENGLISH_RESOLVER_TEXT,
  doh: Object.freeze(EN_DOH),
  titles: Object.freeze(EN_TITLES),
  mx: Object.freeze(EN_MX),
  mxSingle: Object.freeze(EN_MX_SINGLE),
  spf: Object.freeze(EN_SPF),
  autodiscover: Object.freeze(EN_AUTODISCOVER),
});
