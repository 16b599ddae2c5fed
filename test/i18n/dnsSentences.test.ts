import { parseDomain } from "../../src/dns/domainName";
import { parseResolverUrl } from "../../src/dns/resolverUrl";
import { type DnsSentences, ENGLISH_DNS_SENTENCES, setDnsSentences } from "../../src/dns/strings";
import { mxVerdicts } from "../../src/dns/verdicts";
import { loadDnsSentences } from "../../src/i18n/dns";
import type { Locale } from "../../src/i18n/locale";

type Group = keyof DnsSentences;
const groups = Object.keys(ENGLISH_DNS_SENTENCES) as Group[];

/** Sentences whose arguments are lists or durations; the rest take strings (or numbers shown as is). */
const SPECIAL_ARGS: Record<string, unknown[]> = {
  "mx.exoAmongOthers": [["ARG1"], ["ARG2"]],
  "mx.exoOtherName": [["ARG1"], "ARG2"],
  "mx.elsewhere": [["ARG1"], "ARG2"],
  "doh.timeout": ["ARG1", 5000],
  "resolver.notListed": ["ARG1", ["ARG2"]],
};

/** Calls every sentence with recognisable arguments; plain strings are returned as they are. */
function render(sentences: DnsSentences): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of groups) {
    for (const [k, v] of Object.entries(sentences[g]) as Array<[string, unknown]>) {
      const key = `${g}.${k}`;
      // The tables' functions differ in signature; the test calls each the way the engine does.
      out[key] = typeof v === "function" ? String((v as (...a: unknown[]) => string)(...(SPECIAL_ARGS[key] ?? ["ARG1", "ARG2"]))) : String(v);
    }
  }
  return out;
}

afterEach(() => setDnsSentences(ENGLISH_DNS_SENTENCES));

describe.each<Locale>(["fr", "de", "es", "qps"])("DNS sentences: %s", (locale) => {
  it("covers every English sentence, each non-empty, keeping the values it is given", async () => {
    const english = render(ENGLISH_DNS_SENTENCES);
    const translated = render(await loadDnsSentences(locale));
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(translated)) {
      expect(text.trim()).not.toBe("");
      if (locale !== "qps") expect(text).not.toBe(english[key]);
      for (const arg of ["ARG1", "ARG2"]) if (english[key].includes(arg)) expect({ key, has: text.includes(arg) }).toEqual({ key, has: true });
    }
  });
});

describe("switching the engine's language", () => {
  it("makes validation messages and verdicts come out in that language", async () => {
    expect(parseDomain("")).toEqual({ ok: false, message: "Enter a domain name, for example contoso.com." });
    setDnsSentences(await loadDnsSentences("de"));
    expect(parseDomain("")).toEqual({ ok: false, message: "Geben Sie einen Domänennamen ein, zum Beispiel contoso.com." });
    const resolver = parseResolverUrl("http://dns.example/dns-query");
    expect(resolver.ok).toBe(false);
    if (!resolver.ok) expect(resolver.message).toMatch(/^Die Resolver-Adresse „http:\/\/dns\.example\/dns-query“ muss mit https:\/\/ beginnen/);
    const [mx] = mxVerdicts("fabrikam.com", { ok: true, rcode: "NOERROR", answers: [] });
    expect(mx.title).toBe("E-Mail-Routing (MX-Einträge)");
    expect(mx.detail).toBe("fabrikam.com hat keine MX-Einträge, daher können E-Mails dafür nirgendwohin zugestellt werden.");
    setDnsSentences(ENGLISH_DNS_SENTENCES);
    expect(parseDomain("").ok === false && parseDomain("")).toEqual({ ok: false, message: "Enter a domain name, for example contoso.com." });
  });
});
