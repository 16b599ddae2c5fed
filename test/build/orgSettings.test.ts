// build/orgSettings.ts: one organisation's settings file, checked value by value with the pane's validators.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseOrgSettings, readOrgSettingsFile, SettingsError } from "../../build/orgSettings";
import {
  DNS_RESOLVERS_QUERY_PARAMETER,
  isListedResolver,
  MAX_RESOLVERS,
  parseResolverList,
  resolverListFromQuery,
  resolverOrigins,
} from "../../src/dns/resolverList";

function problems(data: unknown): string[] {
  try {
    parseOrgSettings(data, "org.json");
    return [];
  } catch (error) {
    return error instanceof SettingsError ? error.problems : [String(error)];
  }
}

test("a complete file, normalised", () => {
  expect(
    parseOrgSettings(
      {
        "//": "comments are allowed under //",
        baseUrl: "https://ndr.contoso.com",
        admin: " helpdesk@contoso.com ",
        graphClientId: "0F6A1C2E-3B4D-4E5F-8A9B-0C1D2E3F4A5B",
        dnsResolvers: ["https://doh.contoso.com/dns-query#x", "https://doh.contoso.com/dns-query"],
        addinId: "D0D826CC-D9E0-5B8A-B85E-3B5C20ECE156",
      },
      "org.json",
    ),
  ).toEqual({
    baseUrl: "https://ndr.contoso.com/",
    admin: "helpdesk@contoso.com",
    graphClientId: "0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
    dnsResolvers: ["https://doh.contoso.com/dns-query"],
    addinId: "d0d826cc-d9e0-5b8a-b85e-3b5c20ece156",
  });
});

test("empty or null values are unset", () => {
  expect(parseOrgSettings({ admin: "", graphClientId: null }, "org.json")).toEqual({});
});

test("every problem is named, with the file and the key", () => {
  expect(problems({ admin: 42, graphClientId: "x", dnsResolvers: [1], addinId: "nope", baseUrl: "ftp://x", colour: "blue" })).toEqual([
    'org.json: "admin" must be a string.',
    'org.json: "graphClientId"="x" is not an application (client) id: the Entra app\'s GUID, for example 0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.',
    'org.json: "dnsResolvers" must be a list of https URLs.',
    'org.json: "addinId"="nope" is not a GUID (8-4-4-4-12 hex digits).',
    'org.json: "baseUrl" must be an https:// URL (Outlook loads add-ins only over HTTPS); got "ftp://x"',
    'org.json: unknown setting "colour" (known: baseUrl, admin, graphClientId, dnsResolvers, addinId).',
  ]);
  expect(problems([1, 2])).toEqual([expect.stringMatching(/expected a JSON object/)]);
});

test("files: unreadable and malformed ones are named", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-org-"));
  try {
    writeFileSync(join(dir, "ok.json"), '{"admin":"helpdesk@contoso.com"}');
    writeFileSync(join(dir, "bad.json"), '{"admin":');
    expect(readOrgSettingsFile(join(dir, "ok.json"))).toEqual({ admin: "helpdesk@contoso.com" });
    expect(() => readOrgSettingsFile(join(dir, "bad.json"))).toThrow(/bad\.json is not valid JSON/);
    expect(() => readOrgSettingsFile(join(dir, "missing.json"))).toThrow(/Cannot read the organisation settings .*missing\.json/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("the resolver list (src/dns/resolverList.ts)", () => {
  test("space-separated or a list; each checked like a typed resolver; order kept, duplicates dropped", () => {
    expect(parseResolverList("https://a.example/dns-query  https://b.example:8443/q https://a.example/dns-query")).toEqual({
      ok: true,
      resolvers: ["https://a.example/dns-query", "https://b.example:8443/q"],
      origins: ["https://a.example", "https://b.example:8443"],
    });
    expect(parseResolverList(["http://127.0.0.1:8053/dns-query"])).toMatchObject({ ok: true, origins: ["http://127.0.0.1:8053"] });
  });

  test.each([
    ["", /empty/],
    ["http://doh.contoso.com/dns-query", /must start with https:\/\//],
    ["https://u:p@doh.contoso.com/", /must not contain a user name or password/],
    ["not a url", /is not a valid URL/],
    [Array.from({ length: MAX_RESOLVERS + 1 }, (_, i) => `https://r${i}.example/q`).join(" "), /At most 5 DNS resolvers/],
  ])("refuses %p", (input, message) => {
    const parsed = parseResolverList(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  test("origins and membership: a resolver on a listed origin is listed (the policy works by origin)", () => {
    const list = ["https://doh.contoso.com/dns-query"];
    expect(resolverOrigins(list)).toEqual(["https://doh.contoso.com"]);
    expect(isListedResolver("https://doh.contoso.com/other-path", list)).toBe(true);
    expect(isListedResolver("https://cloudflare-dns.com/dns-query", list)).toBe(false);
    expect(isListedResolver("http://doh.contoso.com/dns-query", list)).toBe(false);
  });

  test("from a task pane URL's query; absent, empty or invalid means no list", () => {
    const q = new URLSearchParams({ [DNS_RESOLVERS_QUERY_PARAMETER]: "https://doh.contoso.com/dns-query https://cloudflare-dns.com/dns-query" });
    expect(resolverListFromQuery(`?${q}`)).toEqual(["https://doh.contoso.com/dns-query", "https://cloudflare-dns.com/dns-query"]);
    expect(resolverListFromQuery("?admin=a%40b.example")).toBeUndefined();
    expect(resolverListFromQuery("?dnsResolvers=")).toBeUndefined();
    expect(resolverListFromQuery("?dnsResolvers=http%3A%2F%2Fevil.example")).toBeUndefined();
  });
});
