/** @jest-environment jsdom */
// The organisation's default admin address (?admin= on the task pane URL, NDR_DEFAULT_ADMIN at
// build time) under both hosts, and the user's own setting winning over it.
import { createOfficeHost } from "../../src/outlook/officeHost";
import { resolveOrgDefault } from "../../src/outlook/orgDefault";
import { createPreviewHost, PREVIEW_ADMIN_KEY } from "../../src/outlook/previewHost";
import { ADMIN_ADDRESS_KEY } from "../../src/outlook/roamingSettings";
import { createSimulatedOffice } from "../support/simulatedOffice";
import { ndrItem, tearDown } from "./simHelpers";

afterEach(tearDown);
beforeEach(() => window.localStorage.clear());

function officeHost(roaming: Record<string, unknown>, orgDefaults: { search?: string; buildTime?: string }) {
  const sim = createSimulatedOffice({ name: "web", mailbox: "1.15", item: ndrItem(), roaming });
  const uninstall = sim.install();
  const host = createOfficeHost(globalThis.Office, { callTimeoutMs: 200, orgDefaults });
  return { sim, host, uninstall };
}

describe("resolveOrgDefault", () => {
  test("reads ?admin= (URL-encoded) and prefers it to the build setting", () => {
    expect(resolveOrgDefault({ search: "?_host_Info=Outlook$Win32&admin=helpdesk%40contoso.com", buildTime: "it@contoso.com" })).toEqual({
      address: "helpdesk@contoso.com",
      source: "organisation",
      problems: [],
    });
  });
  test("falls back to the build setting", () => {
    expect(resolveOrgDefault({ search: "", buildTime: "it@contoso.com" }).address).toBe("it@contoso.com");
  });
  test("ignores invalid values and reports each one, cut", () => {
    const out = resolveOrgDefault({ search: `?admin=${"x".repeat(500)}`, buildTime: "Helpdesk <it@contoso.com>" });
    expect(out.address).toBeUndefined();
    expect(out.problems).toHaveLength(2);
    expect(out.problems[0]).toMatchObject({ step: expect.stringContaining("?admin="), code: "InvalidAddress" });
    expect(out.problems[0].message.length).toBeLessThan(150);
    expect(out.problems[1].step).toContain("NDR_DEFAULT_ADMIN");
  });
  test("in preview mode ?admin= is the link's, and the organisation's build setting wins over it", () => {
    expect(resolveOrgDefault({ search: "?admin=helpdesk%40contoso.com" }, "preview")).toEqual({
      address: "helpdesk@contoso.com",
      source: "link",
      problems: [],
    });
    expect(resolveOrgDefault({ search: "?admin=attacker%40evil.example", buildTime: "it@contoso.com" }, "preview")).toEqual({
      address: "it@contoso.com",
      source: "organisation",
      problems: [],
    });
    expect(resolveOrgDefault({ search: "?admin=bad" }, "preview").problems[0].step).toContain("link");
  });
  test("refuses addresses carrying control or direction-override characters, and shows them escaped", () => {
    // helpdesk@contoso.com as it would display with a right-to-left override before "moc.live".
    const out = resolveOrgDefault({ search: `?admin=${encodeURIComponent("helpdesk@\u202Emoc.live.contoso.com")}` });
    expect(out.address).toBeUndefined();
    expect(out.problems[0].message).toContain("U+202E");
    expect(out.problems[0].message).not.toContain("\u202E");
    expect(resolveOrgDefault({ buildTime: "it@contoso.com\u0007" }).address).toBeUndefined();
  });
  test("an invalid query value doesn't hide a valid build setting", () => {
    expect(resolveOrgDefault({ search: "?admin=not-an-address", buildTime: "it@contoso.com" })).toMatchObject({
      address: "it@contoso.com",
      problems: [{ code: "InvalidAddress" }],
    });
  });
});

describe("Office host", () => {
  test("uses the organisation's default until the user saves their own, which then wins", async () => {
    const { host, sim, uninstall } = officeHost({}, { search: "?admin=helpdesk@contoso.com" });
    try {
      expect(host.getAdminAddressSetting()).toEqual({ address: "helpdesk@contoso.com", source: "organisation" });
      expect(host.getAdminAddress()).toBe("helpdesk@contoso.com");
      expect(await host.saveAdminAddress("me-admin@contoso.com")).toEqual({ ok: true });
      expect(sim.roaming[ADMIN_ADDRESS_KEY]).toBe("me-admin@contoso.com");
      expect(host.getAdminAddressSetting()).toEqual({ address: "me-admin@contoso.com", source: "user" });
    } finally {
      uninstall();
    }
  });

  test("a roamed user address wins over the build-time default", () => {
    const { host, uninstall } = officeHost({ [ADMIN_ADDRESS_KEY]: "mine@contoso.com" }, { buildTime: "it@contoso.com" });
    try {
      expect(host.getAdminAddressSetting()).toEqual({ address: "mine@contoso.com", source: "user" });
    } finally {
      uninstall();
    }
  });

  test("an invalid default is ignored and shows in the diagnostics", () => {
    const { host, uninstall } = officeHost({}, { search: "?admin=javascript:alert(1)" });
    try {
      expect(host.getAdminAddressSetting()).toBeUndefined();
      expect(host.diagnostics().failures).toEqual([
        expect.objectContaining({ code: "InvalidAddress", message: expect.stringContaining("javascript:alert(1)") }),
      ]);
    } finally {
      uninstall();
    }
  });

  test("keeps the DNS check choice in roaming settings, validated both ways", async () => {
    const { host, sim, uninstall } = officeHost({ dnsChecks: { enabled: true, resolverUrl: "http://evil.example/dns-query" } }, {});
    try {
      // A stored plain-http resolver is not trusted: the default is used instead.
      expect(host.getDnsCheckSettings()).toEqual({ enabled: true, resolverUrl: "https://cloudflare-dns.com/dns-query" });
      const refused = await host.saveDnsCheckSettings({ enabled: true, resolverUrl: "ftp://dns.example" });
      expect(refused.ok).toBe(false);
      expect(sim.calls.roamingSaves).toBe(0);
      expect(await host.saveDnsCheckSettings({ enabled: true, resolverUrl: " https://dns.quad9.net/dns-query " })).toEqual({ ok: true });
      expect(sim.roaming.dnsChecks).toEqual({ enabled: true, resolverUrl: "https://dns.quad9.net/dns-query" });
      expect(host.getDnsCheckSettings()).toEqual({ enabled: true, resolverUrl: "https://dns.quad9.net/dns-query" });
    } finally {
      uninstall();
    }
  });

  test("defaults to off with no stored choice, and says so when saving fails", async () => {
    const sim = createSimulatedOffice({ name: "web", mailbox: "1.15", item: ndrItem(), faults: { roamingSave: "fail" } });
    const uninstall = sim.install();
    try {
      const host = createOfficeHost(globalThis.Office, { callTimeoutMs: 200, orgDefaults: {} });
      expect(host.getDnsCheckSettings()).toEqual({ enabled: false, resolverUrl: "https://cloudflare-dns.com/dns-query" });
      const r = await host.saveDnsCheckSettings({ enabled: true, resolverUrl: "https://cloudflare-dns.com/dns-query" });
      expect(r).toMatchObject({ ok: false, message: "Outlook couldn't save the setting. Try again later." });
      expect(host.getDnsCheckSettings().enabled).toBe(false);
    } finally {
      uninstall();
    }
  });
});

describe("preview host", () => {
  test("a link's ?admin= is named as the link's, then the user's localStorage address wins", async () => {
    const host = createPreviewHost({ orgDefaults: { search: "?admin=helpdesk@contoso.com" } });
    expect(host.getAdminAddressSetting()).toEqual({ address: "helpdesk@contoso.com", source: "link" });
    await host.saveAdminAddress("mine@contoso.com");
    expect(window.localStorage.getItem(PREVIEW_ADMIN_KEY)).toBe("mine@contoso.com");
    expect(host.getAdminAddressSetting()).toEqual({ address: "mine@contoso.com", source: "user" });
  });

  test("reads the page's own ?admin= by default", () => {
    window.history.replaceState(null, "", "/taskpane.html?admin=desk%40fabrikam.com");
    try {
      expect(createPreviewHost().getAdminAddressSetting()).toEqual({ address: "desk@fabrikam.com", source: "link" });
    } finally {
      window.history.replaceState(null, "", "/");
    }
  });

  test("stores the DNS choice and ignores garbled storage", async () => {
    const host = createPreviewHost({ orgDefaults: {} });
    expect(await host.saveDnsCheckSettings({ enabled: true, resolverUrl: "https://127.0.0.1:8443/dns-query" })).toEqual({ ok: true });
    expect(host.getDnsCheckSettings()).toEqual({ enabled: true, resolverUrl: "https://127.0.0.1:8443/dns-query" });
    window.localStorage.setItem("ndr-assistant.dnsChecks", "{not json");
    expect(host.getDnsCheckSettings()).toEqual({ enabled: true, resolverUrl: "https://127.0.0.1:8443/dns-query" });
  });

  test("refuses a plain-http resolver, even on this computer: the pane's policy allows https only", async () => {
    const host = createPreviewHost({ orgDefaults: {} });
    const refused = await host.saveDnsCheckSettings({ enabled: true, resolverUrl: "http://127.0.0.1:8053/dns-query" });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("only over HTTPS") });
    // A value stored before (or by hand) is not used either.
    window.localStorage.setItem("ndr-assistant.dnsChecks", JSON.stringify({ enabled: true, resolverUrl: "http://localhost:8053/dns-query" }));
    expect(host.getDnsCheckSettings()).toEqual({ enabled: true, resolverUrl: "https://cloudflare-dns.com/dns-query" });
  });
});
