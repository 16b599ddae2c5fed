// One organisation's manifest: URLs, id, version and settings on the task pane URL, and the pane's
// own parsers reading those settings back.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addinIdFor, ADDIN_ID_NAMESPACE, uuidV5 } from "../../build/manifest/addinId";
import { checkManifest, manifestContext, resourceMap, taskpaneUrl } from "../../build/manifest/checks";
import { manifestIdentity, orgManifest, sameButVersion, taskpaneQuery } from "../../build/manifest/orgManifest";
import { compareVersions, nextVersion, parseVersion, versionFromPackage } from "../../build/manifest/version";
import { path } from "../../build/manifest/xml";
import { resolverListFromQuery } from "../../src/dns/resolverList";
import { GRAPH_CLIENT_ID_QUERY_PARAMETER, parseGraphClientId } from "../../src/outlook/graphClientId";
import { resolveOrgDefault } from "../../src/outlook/orgDefault";

const ROOT = resolve(__dirname, "../..");
const TEMPLATE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://ndr.contoso.com/";
const GRAPH_ID = "0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

const contoso = orgManifest({
  template: TEMPLATE,
  settings: {
    baseUrl: BASE,
    admin: "helpdesk+ndr@contoso.com",
    graphClientId: GRAPH_ID,
    dnsResolvers: ["https://doh.contoso.com/dns-query", "https://cloudflare-dns.com/dns-query"],
  },
  id: addinIdFor(BASE),
  version: "1.2.0.3",
});

describe("orgManifest", () => {
  test("passes every offline manifest check for its base address", () => {
    expect(checkManifest(contoso, BASE, ROOT)).toEqual([]);
  });

  test("points at the organisation's address, with its id and version", () => {
    const m = manifestContext(contoso, BASE, ROOT);
    expect(path(m.root, "Id").textContent).toBe(addinIdFor(BASE));
    expect(path(m.root, "Version").textContent).toBe("1.2.0.3");
    expect(path(m.root, "IconUrl").getAttribute("DefaultValue")).toBe(`${BASE}assets/icon-64.png`);
    expect(contoso).not.toMatch(/localhost/);
  });

  test("carries the settings on both task pane URLs, where the pane's own parsers read them back", () => {
    const m = manifestContext(contoso, BASE, ROOT);
    const url = new URL(taskpaneUrl(m));
    expect(resourceMap(m, "Urls").get("Taskpane.Url")).toBe(url.href);
    expect(url.pathname).toBe("/taskpane.html");
    expect(resolveOrgDefault({ search: url.search }, "outlook")).toEqual({ address: "helpdesk+ndr@contoso.com", source: "organisation", problems: [] });
    expect(parseGraphClientId(url.searchParams.get(GRAPH_CLIENT_ID_QUERY_PARAMETER))).toBe(GRAPH_ID);
    expect(resolverListFromQuery(url.search)).toEqual(["https://doh.contoso.com/dns-query", "https://cloudflare-dns.com/dns-query"]);
  });

  test("escapes the query's & for XML", () => {
    expect(contoso).toContain("taskpane.html?admin=helpdesk%2Bndr%40contoso.com&amp;graphClientId=");
    expect(contoso).not.toMatch(/taskpane\.html\?[^"]*&(?!amp;)/);
  });

  test("without settings the task pane URL is plain", () => {
    const plain = orgManifest({ template: TEMPLATE, settings: { baseUrl: BASE }, id: addinIdFor(BASE), version: "1.0.0.0" });
    expect(taskpaneUrl(manifestContext(plain, BASE, ROOT))).toBe(`${BASE}taskpane.html`);
    expect(taskpaneQuery({})).toBe("");
    expect(checkManifest(plain, BASE, ROOT)).toEqual([]);
  });

  test("says in its comment what it is, not that it points at the dev server", () => {
    expect(contoso.slice(0, 400)).toMatch(/NDR Assistant for the organisation served from https:\/\/ndr\.contoso\.com\//);
    expect(contoso).not.toMatch(/Development URLs/);
  });

  test("reads back its identity; tells a version-only difference from a real one", () => {
    expect(manifestIdentity(contoso)).toEqual({ id: addinIdFor(BASE), version: "1.2.0.3" });
    expect(sameButVersion(contoso, contoso.replace("<Version>1.2.0.3</Version>", "<Version>1.2.0.4</Version>"))).toBe(true);
    expect(sameButVersion(contoso, contoso.replace("helpdesk%2Bndr", "support"))).toBe(false);
  });
});

describe("add-in id", () => {
  test("UUIDv5 matches RFC 9562's example (DNS namespace, www.example.com)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  test("is stable per base address and differs between addresses and from the dev manifest", () => {
    expect(addinIdFor(BASE)).toBe(addinIdFor("https://ndr.contoso.com/"));
    expect(addinIdFor(BASE)).not.toBe(addinIdFor("https://ndr-staging.contoso.com/"));
    expect(addinIdFor(BASE)).not.toBe(addinIdFor("https://ndr.contoso.com/v2/"));
    expect(addinIdFor(BASE)).not.toBe("a024d59b-dd72-41a7-935f-6d968781c72f");
    expect(addinIdFor(BASE)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ADDIN_ID_NAMESPACE).toBe("cc29ed8a-77e0-40a5-ba76-20e3d48a3456");
  });

  test("is pinned: changing the namespace or the derivation would orphan every deployed add-in", () => {
    expect(addinIdFor("https://ndr.contoso.com/")).toBe(uuidV5("https://ndr.contoso.com/", ADDIN_ID_NAMESPACE));
    expect(addinIdFor("https://ndr.contoso.com/")).toBe("d0d826cc-d9e0-5b8a-b85e-3b5c20ece156");
  });
});

describe("versions", () => {
  test("parses up to four parts and pads", () => {
    expect(parseVersion("1.2")).toEqual([1, 2, 0, 0]);
    expect(parseVersion("1.2.3.4")).toEqual([1, 2, 3, 4]);
    expect(parseVersion("1.2.3.4.5")).toBeUndefined();
    expect(parseVersion("1.x")).toBeUndefined();
    expect(versionFromPackage("0.1.0")).toEqual([0, 1, 0, 0]);
    expect(versionFromPackage("2.0.0-beta.1")).toEqual([2, 0, 0, 0]);
  });

  test("the next one is above the previous, or the package's when that is newer", () => {
    expect(nextVersion([0, 1, 0, 0], undefined)).toEqual([0, 1, 0, 0]);
    expect(nextVersion([0, 1, 0, 0], [0, 1, 0, 0])).toEqual([0, 1, 0, 1]);
    expect(nextVersion([0, 1, 0, 0], [0, 1, 0, 7])).toEqual([0, 1, 0, 8]);
    expect(nextVersion([0, 2, 0, 0], [0, 1, 0, 7])).toEqual([0, 2, 0, 0]);
    expect(compareVersions(nextVersion([0, 1, 0, 0], [3, 0, 0, 0]), [3, 0, 0, 0])).toBeGreaterThan(0);
  });
});
