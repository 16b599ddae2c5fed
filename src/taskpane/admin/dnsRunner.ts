/**
 * Loads the DNS engine only when an admin runs the checks: it (and dns-packet) stay out of the
 * pane's first view. POST (RFC 8484) through the page's own fetch; the admin picks the resolver.
 */
import type { DomainCheckReport } from "../../dns/types";
import type { DnsSentences } from "../../i18n/dns/en";

export interface DnsRunOptions {
  resolverUrl: string;
  signal?: AbortSignal;
  /** The language of the verdicts and errors; English when absent. */
  sentences?: DnsSentences;
}

export type DnsRunner = (domain: string, options: DnsRunOptions) => Promise<DomainCheckReport>;

export const runLiveDnsChecks: DnsRunner = async (domain, options) => {
  const { runDomainChecks } = await import(/* webpackChunkName: "dns-checks" */ "../../dns/checks");
  return runDomainChecks(domain, {
    resolverUrl: options.resolverUrl,
    signal: options.signal,
    sentences: options.sentences,
    method: "POST",
    fetch: window.fetch.bind(window),
  });
};
