import { runDomainChecks } from "../../src/dns/checks";
import { parseDomain } from "../../src/dns/domainName";
import { parseResolverUrl } from "../../src/dns/resolverUrl";
import { mxVerdicts } from "../../src/dns/verdicts";
import { loadDnsSentences } from "../../src/i18n/dns";
import { type DnsSentences, ENGLISH_DNS_SENTENCES } from "../../src/i18n/dns/en";
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
      out[key] = typeof v === "function" ? String((v as (...a: unknown[]) => string)(...(SPECIAL_ARGS[key] ?? ["ARG1", "ARG2"]))) : String(v as string);
    }
  }
  return out;
}

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

describe("the engine's language is an argument", () => {
  it("makes validation messages and verdicts come out in the language passed, and only there", async () => {
    const de = await loadDnsSentences("de");
    expect(parseDomain("")).toEqual({ ok: false, message: "Enter a domain name, for example contoso.com." });
    expect(parseDomain("", de.domain)).toEqual({ ok: false, message: "Geben Sie einen Domänennamen ein, zum Beispiel contoso.com." });
    const resolver = parseResolverUrl("http://dns.example/dns-query", de.resolver);
    expect(resolver.ok).toBe(false);
    if (!resolver.ok) expect(resolver.message).toMatch(/^Die Resolver-Adresse „http:\/\/dns\.example\/dns-query“ muss mit https:\/\/ beginnen/);
    const [mx] = mxVerdicts("fabrikam.com", { ok: true, rcode: "NOERROR", answers: [] }, de);
    expect(mx.title).toBe("E-Mail-Routing (MX-Einträge)");
    expect(mx.detail).toBe("fabrikam.com hat keine MX-Einträge, daher können E-Mails dafür nirgendwohin zugestellt werden.");
    // Nothing stuck: a call without sentences is English again.
    expect(parseDomain("")).toEqual({ ok: false, message: "Enter a domain name, for example contoso.com." });
    expect(mxVerdicts("fabrikam.com", { ok: true, rcode: "NOERROR", answers: [] })[0].title).toBe("Mail routing (MX records)");
  });

  it("runDomainChecks passes its sentences down to the domain check, the resolver check and the look-ups", async () => {
    const fr = await loadDnsSentences("fr");
    expect(await runDomainChecks("", { sentences: fr })).toEqual({ ok: false, message: "Saisissez un nom de domaine, par exemple contoso.com." });
    const badResolver = await runDomainChecks("contoso.com", { sentences: fr, resolverUrl: "ftp://dns.example/" });
    expect(badResolver.ok === false && badResolver.message).toMatch(/^L'adresse du résolveur « ftp:\/\/dns\.example\/ » doit commencer par https:\/\//);
    const unreachable = await runDomainChecks("contoso.com", {
      sentences: fr,
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    expect(unreachable.ok).toBe(true);
    if (unreachable.ok) {
      expect(unreachable.results.map((r) => r.title)).toEqual(["Routage du courrier (enregistrements MX)", fr.titles.spf, fr.titles.autodiscover]);
      for (const r of unreachable.results) expect(r.detail).toContain("cloudflare-dns.com");
      expect(unreachable.results[0].detail).toBe(fr.mx.couldNotCheck(fr.doh.unreachable("cloudflare-dns.com")));
    }
  });
});
