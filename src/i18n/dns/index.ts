/**
 * The DNS checks' sentences for the pane's language, each language its own chunk (only admins
 * who open the DNS panel need them). The pseudo-locale transforms the English.
 */
import { type Locale, pseudoLocalize } from "../locale";
import { type DnsSentences, ENGLISH_DNS_SENTENCES } from "./en";

type Arg = string | number | readonly string[];
type Fn = (...args: Arg[]) => string;

/**
 * A sentence function through `transform`, its values kept as given: strings and lists go in as
 * {0}, {1}… (which the transform leaves alone) and are filled in afterwards; numbers go in as they
 * are, since the English uses them for plurals and arithmetic.
 */
function mapFunction(fn: Fn, transform: (text: string) => string): Fn {
  return (...args) => {
    const slots = args.map((a, i) => (typeof a === "number" ? a : Array.isArray(a) ? [`{${i}}`] : `{${i}}`));
    const text = transform(fn(...slots));
    return text.replace(/\{(\d+)\}/g, (whole, i: string) => {
      const value = args[Number(i)];
      if (value === undefined || typeof value === "number") return whole;
      return Array.isArray(value) ? value.join(", ") : String(value);
    });
  };
}

/** Every sentence, function or not, passed through `transform`. */
function mapSentences(sentences: DnsSentences, transform: (text: string) => string): DnsSentences {
  const group = <T extends object>(table: T): T =>
    Object.fromEntries(
      Object.entries(table).map(([k, v]: [string, string | Fn]) => [k, typeof v === "function" ? mapFunction(v, transform) : transform(v)]),
    ) as T;
  return {
    domain: group(sentences.domain),
    resolver: group(sentences.resolver),
    doh: group(sentences.doh),
    titles: group(sentences.titles),
    mx: group(sentences.mx),
    mxSingle: group(sentences.mxSingle),
    spf: group(sentences.spf),
    autodiscover: group(sentences.autodiscover),
  };
}

export async function loadDnsSentences(locale: Locale): Promise<DnsSentences> {
  switch (locale) {
    case "fr":
      return (await import(/* webpackChunkName: "dns-fr" */ "./fr")).FR_DNS;
    case "de":
      return (await import(/* webpackChunkName: "dns-de" */ "./de")).DE_DNS;
    case "es":
      return (await import(/* webpackChunkName: "dns-es" */ "./es")).ES_DNS;
    case "qps":
      return mapSentences(ENGLISH_DNS_SENTENCES, pseudoLocalize);
    default:
      return ENGLISH_DNS_SENTENCES;
  }
}
