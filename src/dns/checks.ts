/**
 * The admin view's "check this domain" button: MX, SPF and autodiscover looked up in parallel
 * through one DoH resolver, each with a verdict. Only the domain name leaves the mailbox.
 */
import { ENGLISH_DNS_SENTENCES } from "../i18n/dns/en";
import { queryDoh } from "./doh";
import { parseDomain } from "./domainName";
import { parseResolverUrl } from "./resolverUrl";
import { DEFAULT_RESOLVER_URL } from "./settings";
import type { DohOptions, DomainCheckReport } from "./types";
import { autodiscoverVerdict, mxVerdicts, spfVerdict } from "./verdicts";

export type DomainCheckOptions = DohOptions;

export async function runDomainChecks(input: string, options: DomainCheckOptions = {}): Promise<DomainCheckReport> {
  const sentences = options.sentences ?? ENGLISH_DNS_SENTENCES;
  const parsed = parseDomain(input, sentences.domain);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  // Checked once here so a bad address gives one message, not three identical errors.
  const resolver = parseResolverUrl(options.resolverUrl ?? DEFAULT_RESOLVER_URL, sentences.resolver);
  if (!resolver.ok) return { ok: false, message: resolver.message };

  const { domain } = parsed;
  const autodiscoverName = `autodiscover.${domain}`;
  const [mx, txt, cname] = await Promise.all([queryDoh(domain, "MX", options), queryDoh(domain, "TXT", options), queryDoh(autodiscoverName, "CNAME", options)]);
  return {
    ok: true,
    domain,
    resolverHost: resolver.host,
    results: [...mxVerdicts(domain, mx, sentences), spfVerdict(domain, txt, sentences), autodiscoverVerdict(autodiscoverName, cname, sentences)],
  };
}
