/**
 * From look-up results to verdicts. Pure: the same answers always give the same verdict, so the
 * rules can be read (and tested) apart from the network.
 */
import { classifyMxHost, EXO_AUTODISCOVER_TARGET, EXO_SPF_INCLUDE, exchangeOnlineMxHost } from "../classifier/mail/exoMxHost";
import { ENGLISH_DNS_SENTENCES, type DnsSentences } from "../i18n/dns/en";
import type { CheckId, CheckResult, CheckStatus, DohResult } from "./types";

/** A verdict builder whose titles are in the language of `titles`. */
const resultIn =
  (titles: DnsSentences["titles"]) =>
  (id: CheckId, status: CheckStatus, detail: string, records: string[] = []): CheckResult => ({
    id,
    status,
    title: titles[id],
    detail,
    records,
  });

/** Verdicts 'mx' and, when there are MX records to count, 'mx-single'. */
export function mxVerdicts(domain: string, lookup: DohResult, sentences: DnsSentences = ENGLISH_DNS_SENTENCES): CheckResult[] {
  const result = resultIn(sentences.titles);
  const { mx: mxText, mxSingle: mxSingleText } = sentences;
  if (!lookup.ok) {
    if (lookup.kind === "nxdomain") return [result("mx", "fail", mxText.nxdomain(domain))];
    return [result("mx", "error", mxText.couldNotCheck(lookup.message))];
  }
  const mx = lookup.answers.flatMap((a) => (a.type === "MX" ? [a] : [])).sort((a, b) => a.preference - b.preference || a.exchange.localeCompare(b.exchange));
  if (mx.length === 0) return [result("mx", "fail", mxText.none(domain))];
  const records = mx.map((a) => `${a.preference} ${a.exchange === "" ? "." : a.exchange}`);
  // RFC 7505: a lone MX with an empty exchange means "this domain takes no mail".
  if (mx.length === 1 && mx[0]?.exchange === "") return [result("mx", "fail", mxText.nullMx(domain), records)];

  const hosts = mx.map((a) => a.exchange);
  const exo = hosts.filter((h) => classifyMxHost(h, domain) === "exo");
  const exoOtherName = hosts.filter((h) => classifyMxHost(h, domain) === "exo-other-name");
  const others = hosts.filter((h) => classifyMxHost(h, domain) === "elsewhere");
  const expected = exchangeOnlineMxHost(domain) ?? domain;

  let routing: CheckResult;
  if (exo.length === 1 && hosts.length === 1) routing = result("mx", "pass", mxText.pass(exo[0] ?? ""), records);
  else if (exo.length > 0) routing = result("mx", "warn", mxText.exoAmongOthers(exo, [...exoOtherName, ...others]), records);
  else if (exoOtherName.length > 0) routing = result("mx", "warn", mxText.exoOtherName(exoOtherName, expected), records);
  else routing = result("mx", "warn", mxText.elsewhere(others, expected), records);

  const single =
    mx.length === 1 ? result("mx-single", "pass", mxSingleText.one, records) : result("mx-single", "warn", mxSingleText.several(mx.length), records);
  return [routing, single];
}

const SPF_RECORD = /^v=spf1(?:\s|$)/iu;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/u;

/**
 * "include:spf.protection.outlook.com" (any case, optional trailing dot) with any qualifier
 * except "-": "-include:" would mean "fail if Microsoft sent it", not coverage. Compared as
 * text, ASCII only, so no Unicode case folding (a Kelvin sign is not a "k").
 */
function includesExo(term: string): boolean {
  if (!PRINTABLE_ASCII.test(term)) return false;
  const lower = term.toLowerCase();
  const body = "+?~".includes(lower[0] ?? "") ? lower.slice(1) : lower;
  if (!body.startsWith("include:")) return false;
  const target = body.slice("include:".length);
  return target === EXO_SPF_INCLUDE || target === `${EXO_SPF_INCLUDE}.`;
}
const REDIRECT = /^redirect=(\S+)$/iu;

export function spfVerdict(domain: string, lookup: DohResult, sentences: DnsSentences = ENGLISH_DNS_SENTENCES): CheckResult {
  const result = resultIn(sentences.titles);
  const spfText = sentences.spf;
  if (!lookup.ok) {
    if (lookup.kind === "nxdomain") return result("spf", "fail", spfText.nxdomain(domain));
    return result("spf", "error", spfText.couldNotCheck(lookup.message));
  }
  const spf = lookup.answers.flatMap((a) => (a.type === "TXT" && SPF_RECORD.test(a.text.trim()) ? [a.text.trim()] : []));
  if (spf.length === 0) return result("spf", "fail", spfText.none(domain));
  if (spf.length > 1) return result("spf", "fail", spfText.several(spf.length), spf);
  const terms = (spf[0] ?? "").split(/\s+/u);
  if (terms.some(includesExo)) return result("spf", "pass", spfText.pass, spf);
  const redirect = terms.map((t) => REDIRECT.exec(t)?.[1]).find((target) => target !== undefined);
  return result("spf", "warn", redirect ? spfText.missingIncludeRedirect(redirect) : spfText.missingInclude, spf);
}

export function autodiscoverVerdict(name: string, lookup: DohResult, sentences: DnsSentences = ENGLISH_DNS_SENTENCES): CheckResult {
  const result = resultIn(sentences.titles);
  const autodiscoverText = sentences.autodiscover;
  if (!lookup.ok) {
    if (lookup.kind === "nxdomain") return result("autodiscover", "warn", autodiscoverText.none(name));
    return result("autodiscover", "error", autodiscoverText.couldNotCheck(lookup.message));
  }
  const cname = lookup.answers.find((a) => a.type === "CNAME" && a.name === name);
  if (cname === undefined || cname.type !== "CNAME") return result("autodiscover", "warn", autodiscoverText.none(name));
  const records = [cname.target];
  if (cname.target === EXO_AUTODISCOVER_TARGET) return result("autodiscover", "pass", autodiscoverText.pass(name), records);
  return result("autodiscover", "warn", autodiscoverText.elsewhere(name, cname.target), records);
}
