import { parseDomain } from "../../src/dns/domainName";
import { classifyMxHost, expectedExoMxHost } from "../../src/dns/exoHosts";
import { parseResolverUrl } from "../../src/dns/resolverUrl";
import { DEFAULT_DNS_CHECK_SETTINGS, DEFAULT_RESOLVER_URL } from "../../src/dns/settings";
import { PRIVACY_NOTE } from "../../src/i18n/dns/en";

describe("parseDomain", () => {
  test.each([
    ["contoso.com", "contoso.com"],
    ["  Contoso.CO.UK. ", "contoso.co.uk"],
    ["xn--bcher-kva.example", "xn--bcher-kva.example"],
    ["bücher.example", "xn--bcher-kva.example"],
    ["ÉCOLE.fr", "xn--cole-9oa.fr"],
    ["a-b.c-d.example", "a-b.c-d.example"],
  ])("accepts %p as %p", (input, domain) => {
    expect(parseDomain(input)).toEqual({ ok: true, domain });
  });

  test.each([
    ["-contoso.com", /can't start or end with a hyphen/],
    ["contoso-.com", /can't start or end with a hyphen/],
    ["contoso..com", /empty part/],
    [".contoso.com", /empty part/],
    ["con toso.com", /characters a domain name can't have/],
    ["contoso.com:25", /characters a domain name can't have/],
    ["contoso.com\n<script>", /characters a domain name can't have/],
    [`${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.${"e".repeat(60)}.com`, /longer than a domain name can be/],
  ])("rejects %p", (input, message) => {
    const parsed = parseDomain(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  test("a huge input is shortened in the message", () => {
    const parsed = parseDomain(`${"x".repeat(100_000)}.com`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeLessThan(200);
  });
});

describe("Exchange Online host names", () => {
  test.each([
    ["contoso.com", "contoso-com.mail.protection.outlook.com"],
    ["contoso.co.uk", "contoso-co-uk.mail.protection.outlook.com"],
    ["Sub.Contoso-Group.COM.", "sub-contoso-group-com.mail.protection.outlook.com"],
  ])("expectedExoMxHost(%p) is %p", (domain, host) => {
    expect(expectedExoMxHost(domain)).toBe(host);
  });

  test("expectedExoMxHost of an invalid domain is undefined", () => {
    expect(expectedExoMxHost("not a domain")).toBeUndefined();
  });

  test.each([
    ["contoso-com.mail.protection.outlook.com", "exo"],
    ["contoso-com.o-v1.mx.microsoft", "exo"],
    ["anything.else.mx.microsoft", "exo"],
    ["mx.microsoft", "elsewhere"],
    ["fabrikam-com.mail.protection.outlook.com", "exo-other-name"],
    ["mail.protection.outlook.com", "elsewhere"],
    ["contoso-com.mail.protection.outlook.com.evil.example", "elsewhere"],
    ["mx.contoso.com", "elsewhere"],
  ])("classifyMxHost(%p, contoso.com) is %p", (host, kind) => {
    expect(classifyMxHost(host, "contoso.com")).toBe(kind);
  });
});

describe("resolver address and privacy", () => {
  test("https anywhere, http only on this computer", () => {
    expect(parseResolverUrl("https://dns.example/dns-query")).toMatchObject({ ok: true, host: "dns.example" });
    expect(parseResolverUrl("http://127.0.0.1:8053/dns-query")).toMatchObject({ ok: true, host: "127.0.0.1:8053" });
    expect(parseResolverUrl("http://localhost/dns-query")).toMatchObject({ ok: true });
    expect(parseResolverUrl("http://[::1]:53/dns-query")).toMatchObject({ ok: true });
    expect(parseResolverUrl("http://10.0.0.1/dns-query")).toMatchObject({ ok: false });
    expect(parseResolverUrl("ftp://dns.example/")).toMatchObject({ ok: false });
  });

  test("the checks are off by default and use Cloudflare's resolver", () => {
    expect(DEFAULT_DNS_CHECK_SETTINGS).toEqual({ enabled: false, resolverUrl: "https://cloudflare-dns.com/dns-query" });
    expect(parseResolverUrl(DEFAULT_RESOLVER_URL).ok).toBe(true);
  });

  test("the privacy note says what is sent where", () => {
    expect(PRIVACY_NOTE("https://dns.google/dns-query", "contoso.com")).toBe(
      "When you run these checks, the domain name contoso.com is sent to dns.google over HTTPS. Nothing else leaves your mailbox.",
    );
    expect(PRIVACY_NOTE(DEFAULT_RESOLVER_URL)).toBe(
      "When you run these checks, the recipient's domain name is sent to cloudflare-dns.com over HTTPS. Nothing else leaves your mailbox.",
    );
  });
});
