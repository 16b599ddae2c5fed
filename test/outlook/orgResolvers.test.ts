// An organisation's allowed DNS resolvers on the task pane URL (?dnsResolvers=, written by
// ndr-assistant-manifest): the first is the default, the others are refused with a reason, and a
// saved resolver that is no longer allowed falls back to the organisation's.
import { DNS_RESOLVERS_QUERY_PARAMETER } from "../../src/dns/resolverList";
import { DEFAULT_RESOLVER_URL } from "../../src/dns/settings";
import { FR_DNS } from "../../src/i18n/dns/fr";
import { defaultDnsCheckSettings, orgResolvers, readDnsCheckSettings, resolverUrlProblem } from "../../src/outlook/dnsCheckSettings";

const ORG = `?admin=helpdesk%40contoso.com&${new URLSearchParams({ [DNS_RESOLVERS_QUERY_PARAMETER]: "https://doh.contoso.com/dns-query https://dns.contoso.net/q" })}`;

test("without a list nothing changes: Cloudflare by default, any https resolver", () => {
  expect(orgResolvers("")).toBeUndefined();
  expect(defaultDnsCheckSettings("")).toEqual({ enabled: false, resolverUrl: DEFAULT_RESOLVER_URL });
  expect(resolverUrlProblem("https://any.example/dns-query", "")).toBeUndefined();
});

test("with a list the first is the default and only listed hosts are accepted", () => {
  expect(orgResolvers(ORG)).toEqual(["https://doh.contoso.com/dns-query", "https://dns.contoso.net/q"]);
  expect(defaultDnsCheckSettings(ORG)).toEqual({ enabled: false, resolverUrl: "https://doh.contoso.com/dns-query" });
  expect(resolverUrlProblem("https://dns.contoso.net/q", ORG)).toBeUndefined();
  expect(resolverUrlProblem("https://cloudflare-dns.com/dns-query", ORG)).toBe(
    'Your organisation allows only these DNS resolvers: doh.contoso.com, dns.contoso.net. "https://cloudflare-dns.com/dns-query" is not one of them.',
  );
  // The ordinary checks still come first.
  expect(resolverUrlProblem("http://doh.contoso.com/dns-query", ORG)).toMatch(/must start with https:\/\//);
});

test("a saved resolver outside the list falls back to the organisation's first", () => {
  expect(readDnsCheckSettings({ enabled: true, resolverUrl: "https://cloudflare-dns.com/dns-query" }, ORG)).toEqual({
    enabled: true,
    resolverUrl: "https://doh.contoso.com/dns-query",
  });
  expect(readDnsCheckSettings({ enabled: true, resolverUrl: "https://dns.contoso.net/q" }, ORG)).toEqual({
    enabled: true,
    resolverUrl: "https://dns.contoso.net/q",
  });
  expect(readDnsCheckSettings(null, ORG).resolverUrl).toBe("https://doh.contoso.com/dns-query");
});

test("the refusal speaks the pane's language", () => {
  expect(resolverUrlProblem(`https://${"a".repeat(2100)}.example/`, "", FR_DNS.resolver)).toBe("L'adresse du résolveur est trop longue.");
  expect(resolverUrlProblem("https://cloudflare-dns.com/dns-query", ORG, FR_DNS.resolver)).toMatch(
    /^Votre organisation n'autorise que ces résolveurs DNS : doh\.contoso\.com, dns\.contoso\.net\./,
  );
});

test("an invalid list on the URL is ignored (the policy still guards)", () => {
  expect(orgResolvers("?dnsResolvers=http%3A%2F%2Fevil.example%2F")).toBeUndefined();
});
