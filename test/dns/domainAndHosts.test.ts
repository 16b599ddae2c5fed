import fc from "fast-check";
import { isDomainName } from "../../src/classifier/mail/address";
import { classifyMxHost, exchangeOnlineMxHost } from "../../src/dns";
import { parseDomain } from "../../src/dns/domainName";
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

  test("on ASCII names it agrees with mail/address isDomainName (one rule for DNS, commands and the pane)", () => {
    const name = fc.string({ unit: fc.constantFrom("a", "Z", "0", "9", "-", ".", "_", " "), maxLength: 24 });
    fc.assert(
      fc.property(name, (input) => {
        const trimmed = input.trim();
        const bare = (trimmed.endsWith(".") ? trimmed.slice(0, -1) : trimmed).toLowerCase();
        const parsed = parseDomain(input);
        expect([input, parsed.ok]).toEqual([input, isDomainName(bare)]);
        if (parsed.ok) expect(parsed.domain).toBe(bare);
      }),
      { numRuns: 3000 },
    );
    expect(parseDomain("-f.netrc").ok).toBe(false);
    expect(parseDomain("192.0.2.1").ok).toBe(false);
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
  ])("exchangeOnlineMxHost(%p) is %p", (domain, host) => {
    expect(exchangeOnlineMxHost(domain)).toBe(host);
  });

  test("exchangeOnlineMxHost of an invalid domain is undefined", () => {
    expect(exchangeOnlineMxHost("not a domain")).toBeUndefined();
  });

  test("an international domain's host is named from the A-label parseDomain gives", () => {
    // src/dns/exoHosts.ts converted inside; the one helper takes the converted name.
    expect(exchangeOnlineMxHost("bücher.example")).toBeUndefined();
    const parsed = parseDomain("Bücher.example");
    expect(parsed.ok && exchangeOnlineMxHost(parsed.domain)).toBe("xn--bcher-kva-example.mail.protection.outlook.com");
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
