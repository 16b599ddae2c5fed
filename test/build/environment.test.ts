// build/environment.ts: the build's settings from the environment and the organisation file,
// checked with the pane's own validators.
import { connectAllows, parseConnectSources } from "../../build/connectSources";
import { buildSettings, type BuildEnv } from "../../build/environment";
import type { OrgSettings } from "../../build/orgSettings";
import { isAdminAddress } from "../../src/classifier/mail/address";
import { resolveOrgDefault } from "../../src/outlook/orgDefault";

const prod = (env: BuildEnv, org?: OrgSettings) => buildSettings(env, { production: true, readOrgSettings: () => org ?? {} });
const dev = (env: BuildEnv) => buildSettings(env, { production: false });

describe("defaults", () => {
  test("nothing set: development URLs (with a note), no built-in admin or app, any https resolver, 200 KB budget", () => {
    const s = prod({});
    expect(s).toMatchObject({
      production: true,
      base: undefined,
      defaultAdmin: undefined,
      graphClientId: undefined,
      connect: ["https:"],
      budget: { limitKb: 200, warnOnly: false },
    });
    expect(s.notes).toEqual([
      expect.stringMatching(/^ADDIN_BASE_URL is not set: dist\/manifest\.xml keeps the development URLs \(https:\/\/localhost:3000\/\)/),
    ]);
  });

  test("development builds ignore ADDIN_BASE_URL (the dev server is the base) and say nothing about it", () => {
    expect(dev({ ADDIN_BASE_URL: "http://not-even-https" })).toMatchObject({ base: undefined, notes: [] });
  });
});

describe("ADDIN_BASE_URL", () => {
  test("normalised to one trailing slash", () => {
    expect(prod({ ADDIN_BASE_URL: "https://ndr.contoso.com/addin" }).base).toBe("https://ndr.contoso.com/addin/");
  });
  test.each(["http://ndr.contoso.com/", "   ", "https://ndr.contoso.com/?a=1"])("refuses %p", (value) => {
    expect(() => prod({ ADDIN_BASE_URL: value })).toThrow(/ADDIN_BASE_URL/);
  });
});

describe("NDR_DEFAULT_ADMIN uses the pane's address check", () => {
  test.each(["helpdesk@contoso.com", "  it.support+ndr@sub.contoso.co.uk ", '"help desk"@contoso.com'])("accepts %p", (value) => {
    expect(isAdminAddress(value)).toBe(true);
    expect(prod({ NDR_DEFAULT_ADMIN: value }).defaultAdmin).toBe(value.trim());
  });
  test.each(["helpdesk", "Helpdesk <helpdesk@contoso.com>", "a@localhost", "a@@contoso.com"])("refuses %p as the pane would", (value) => {
    expect(isAdminAddress(value)).toBe(false);
    expect(() => prod({ NDR_DEFAULT_ADMIN: value })).toThrow(
      `NDR_DEFAULT_ADMIN="${value.trim()}" is not an email address. Set it to one address, for example NDR_DEFAULT_ADMIN=helpdesk@contoso.com, or leave it unset.`,
    );
  });
  test("a bidi override is refused, as the pane's organisation default refuses it", () => {
    const value = "help\u202Edesk@contoso.com";
    expect(() => prod({ NDR_DEFAULT_ADMIN: value })).toThrow(/is not an email address/);
    expect(resolveOrgDefault({ buildTime: value }).address).toBeUndefined();
  });
  test("blank is unset", () => {
    expect(prod({ NDR_DEFAULT_ADMIN: "  " }).defaultAdmin).toBeUndefined();
  });
});

describe("NDR_GRAPH_CLIENT_ID", () => {
  test("a GUID, lower-cased as the pane expects", () => {
    expect(dev({ NDR_GRAPH_CLIENT_ID: " 0F6A1C2E-3B4D-4E5F-8A9B-0C1D2E3F4A5B " }).graphClientId).toBe("0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
  });
  test.each(["0f6a1c2e3b4d4e5f8a9b0c1d2e3f4a5b", "{0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b}", "contoso-ndr"])("refuses %p", (value) => {
    expect(() => dev({ NDR_GRAPH_CLIENT_ID: value })).toThrow(/NDR_GRAPH_CLIENT_ID=".*" is not an application \(client\) id/);
  });
});

describe("NDR_CONNECT_SRC", () => {
  test("origins or https:", () => {
    expect(parseConnectSources("https://cloudflare-dns.com https://doh.contoso.com:8443/")).toEqual([
      "https://cloudflare-dns.com",
      "https://doh.contoso.com:8443",
    ]);
    expect(parseConnectSources(" https: ")).toEqual(["https:"]);
    expect(parseConnectSources(undefined)).toEqual(["https:"]);
  });
  test("http only to this computer, as the pane allows for a resolver", () => {
    expect(parseConnectSources("http://127.0.0.1:8053")).toEqual(["http://127.0.0.1:8053"]);
  });
  test.each([
    "http://doh.contoso.com",
    "https://doh.contoso.com/dns-query",
    "https://*.contoso.com",
    "https://user:pw@doh.contoso.com",
    "*",
    "'unsafe-inline'",
  ])("refuses %p", (value) => {
    expect(() => parseConnectSources(value)).toThrow(`NDR_CONNECT_SRC: "${value}" is not an https origin (https://host[:port]) or "https:".`);
  });
  test("connectAllows: an explicit origin, or any https origin under https:", () => {
    expect(connectAllows(["https:"], "https://doh.contoso.com")).toBe(true);
    expect(connectAllows(["https:"], "http://127.0.0.1:8053")).toBe(false);
    expect(connectAllows(["https://a.example"], "https://b.example")).toBe(false);
    expect(connectAllows(["https://a.example"], "https://a.example")).toBe(true);
  });
});

describe("PANE_BUDGET_KB", () => {
  test("a positive number; warn-only with PANE_BUDGET_WARN_ONLY=1", () => {
    expect(prod({ PANE_BUDGET_KB: "150.5", PANE_BUDGET_WARN_ONLY: "1" }).budget).toEqual({ limitKb: 150.5, warnOnly: true });
  });
  test.each(["0", "-5", "abc", "Infinity"])("refuses %p", (value) => {
    expect(() => prod({ PANE_BUDGET_KB: value })).toThrow(`PANE_BUDGET_KB="${value}" is not a positive number of kilobytes.`);
  });
});

describe("NDR_ORG_CONFIG", () => {
  const org: OrgSettings = {
    baseUrl: "https://ndr.contoso.com/",
    admin: "helpdesk@contoso.com",
    graphClientId: "0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
    dnsResolvers: ["https://doh.contoso.com/dns-query", "https://cloudflare-dns.com/dns-query"],
  };

  test("supplies every setting the build bakes in; the resolvers become connect-src origins", () => {
    const s = prod({ NDR_ORG_CONFIG: "contoso.json" }, org);
    expect(s).toMatchObject({
      base: org.baseUrl,
      defaultAdmin: org.admin,
      graphClientId: org.graphClientId,
      connect: ["https://doh.contoso.com", "https://cloudflare-dns.com"],
      notes: [],
    });
  });

  test("the variables win over the file, and the build says so", () => {
    const s = prod(
      { NDR_ORG_CONFIG: "contoso.json", ADDIN_BASE_URL: "https://other.contoso.com", NDR_DEFAULT_ADMIN: "it@contoso.com", NDR_CONNECT_SRC: "https:" },
      org,
    );
    expect(s).toMatchObject({ base: "https://other.contoso.com/", defaultAdmin: "it@contoso.com", graphClientId: org.graphClientId, connect: ["https:"] });
    expect(s.notes).toEqual([
      'NDR_DEFAULT_ADMIN is set: it wins over "admin" in contoso.json.',
      'NDR_CONNECT_SRC is set: it wins over "dnsResolvers" in contoso.json.',
      'ADDIN_BASE_URL is set: it wins over "baseUrl" in contoso.json.',
    ]);
  });

  test("reads the named file", () => {
    const read = jest.fn(() => ({}));
    buildSettings({ NDR_ORG_CONFIG: " org.json " }, { production: false, readOrgSettings: read });
    expect(read).toHaveBeenCalledWith("org.json");
  });
});
