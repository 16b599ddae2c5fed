/** @jest-environment jsdom */
// jsdom for its DOMParser: a real XML parser without adding a dependency. Offline by design;
// `npm run validate` (Microsoft's online validator) is the network-backed complement.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEV_BASE } from "../../scripts/manifest-urls.cjs";
import { pngSize } from "./pngSize";
import { NS_APP, NS_BT, NS_VO_1_0, NS_VO_1_1, childElements, descendants, parseXml, path, xsiType } from "./xmlDom";

const ROOT = resolve(__dirname, "../..");
const MANIFEST_TEXT = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** "Basic mail add-in element ordering" (manifest-element-ordering.md); the XSD rejects any other order. */
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides",
];
const REQUIRED_TOP_LEVEL = [
  "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings",
  "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides",
];

const doc = parseXml(MANIFEST_TEXT);
const root = doc.documentElement;
const vo10 = path(root, "VersionOverrides");
const vo11 = childElements(vo10).at(-1) as Element;
const resources = path(vo11, "Resources");
const mailHost = path(vo11, "Hosts", "Host");

function resourceMap(groupName: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of childElements(path(resources, groupName))) {
    map.set(el.getAttribute("id") ?? "", el.getAttribute("DefaultValue") ?? "");
  }
  return map;
}

/** Maps a dev-server URL to the committed file it serves (CopyWebpackPlugin copies assets/ as is). */
function assetFile(url: string): string {
  expect(url.startsWith(DEV_BASE)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE.length));
}

function extensionPoint(formFactor: string, type: string): Element {
  const found = descendants(path(mailHost, formFactor), "ExtensionPoint").find((e) => xsiType(e) === type);
  if (!found) throw new Error(`no ExtensionPoint ${type} under ${formFactor}`);
  return found;
}

describe("manifest.xml structure", () => {
  it("is a MailApp in the appforoffice 1.1 namespace", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS_APP);
    expect(xsiType(root)).toBe("MailApp");
  });

  it("keeps the top-level elements in schema order, all required ones present", () => {
    const names = childElements(root).map((e) => e.localName);
    for (const name of names) expect(TOP_LEVEL_ORDER).toContain(name);
    const positions = names.map((n) => TOP_LEVEL_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED_TOP_LEVEL) expect(names).toContain(name);
  });

  it("identifies the add-in", () => {
    expect(path(root, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(path(root, "Version").textContent).toBe("0.1.0.0");
    expect(path(root, "DefaultLocale").textContent).toBe("en-US");
    expect(path(root, "DisplayName").getAttribute("DefaultValue")).toBe("NDR Assistant");
    expect(path(root, "ProviderName").textContent?.trim()).not.toBe("");
    expect(path(root, "Description").getAttribute("DefaultValue")?.length).toBeGreaterThan(20);
    expect(path(root, "Hosts", "Host").getAttribute("Name")).toBe("Mailbox");
  });

  it("requires Mailbox 1.3 and asks for ReadItem only", () => {
    const sets = path(root, "Requirements", "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.3");
    const set = path(sets, "Set");
    expect(set.getAttribute("Name")).toBe("Mailbox");
    expect(set.getAttribute("MinVersion")).toBe("1.3");
    expect(path(root, "Permissions").textContent?.trim()).toBe("ReadItem");
  });

  it("has an ItemRead form with a source and a height Outlook accepts", () => {
    const form = path(root, "FormSettings", "Form");
    expect(xsiType(form)).toBe("ItemRead");
    const settings = path(form, "DesktopSettings");
    expect(path(settings, "SourceLocation").getAttribute("DefaultValue")).toBe(`${DEV_BASE}taskpane.html`);
    const height = Number(path(settings, "RequestedHeight").textContent);
    expect(height).toBeGreaterThanOrEqual(32);
    expect(height).toBeLessThanOrEqual(450);
  });

  it("activates on messages in read mode", () => {
    const rule = path(root, "Rule");
    expect(xsiType(rule)).toBe("RuleCollection");
    expect(rule.getAttribute("Mode")).toBe("Or");
    const itemIs = childElements(rule).filter((r) => xsiType(r) === "ItemIs");
    expect(itemIs.some((r) => r.getAttribute("ItemType") === "Message" && r.getAttribute("FormType") === "Read")).toBe(true);
  });

  it("nests VersionOverrides 1.1 as the last child of 1.0", () => {
    expect(vo10.namespaceURI).toBe(NS_VO_1_0);
    expect(xsiType(vo10)).toBe("VersionOverridesV1_0");
    expect(vo11.localName).toBe("VersionOverrides");
    expect(vo11.namespaceURI).toBe(NS_VO_1_1);
    expect(xsiType(vo11)).toBe("VersionOverridesV1_1");
    const sets = path(vo11, "Requirements", "Sets");
    expect(sets.namespaceURI).toBe(NS_BT);
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.3");
    expect(xsiType(mailHost)).toBe("MailHost");
  });

  it("offers a pinnable task pane button on the desktop read surface", () => {
    const point = extensionPoint("DesktopFormFactor", "MessageReadCommandSurface");
    const button = descendants(point, "Control").find((c) => xsiType(c) === "Button");
    expect(button).toBeDefined();
    const action = path(button as Element, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(path(action, "SourceLocation").getAttribute("resid")).toBe("Taskpane.Url");
    expect(path(action, "SupportsPinning").textContent).toBe("true");
    const sizes = childElements(path(button as Element, "Icon")).map((i) => i.getAttribute("size"));
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  it("offers a mobile button with 25/32/48 px icons at scales 1-3", () => {
    const point = extensionPoint("MobileFormFactor", "MobileMessageReadCommandSurface");
    const groups = childElements(point);
    expect(groups.map((g) => g.localName)).toEqual(["Group"]);
    const control = path(groups[0], "Control");
    expect(xsiType(control)).toBe("MobileButton");
    const icon = path(control, "Icon");
    expect(xsiType(icon)).toBe("bt:MobileIconList");
    const pairs = childElements(icon).map((i) => `${i.getAttribute("size")}@${i.getAttribute("scale")}`);
    expect(pairs.sort()).toEqual(["25@1", "25@2", "25@3", "32@1", "32@2", "32@3", "48@1", "48@2", "48@3"]);
    expect(xsiType(path(control, "Action"))).toBe("ShowTaskpane");
  });
});

describe("manifest.xml URLs and resources", () => {
  it("uses https for every URL it contains", () => {
    const urls = MANIFEST_TEXT.match(/[a-z][a-z0-9+.-]*:\/\/[^\s"<]+/gi) ?? [];
    const namespaces = new Set([NS_APP, NS_VO_1_0, NS_VO_1_1, NS_BT, "http://schemas.microsoft.com/office/mailappversionoverrides/1.0", "http://www.w3.org/2001/XMLSchema-instance"]);
    const addresses = urls.filter((u) => !namespaces.has(u));
    expect(addresses.length).toBeGreaterThan(10);
    for (const url of addresses) expect(url).toMatch(/^https:\/\//);
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      expect(path(root, name).getAttribute("DefaultValue")).toMatch(/^https:\/\//);
    }
    for (const domain of descendants(root, "AppDomain")) expect(domain.textContent).toMatch(/^https:\/\//);
  });

  it("defines each resource id once", () => {
    const ids = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((g) =>
      childElements(path(resources, g)).map((e) => e.getAttribute("id")),
    );
    expect(ids.every((id) => id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const kinds: Record<string, Map<string, string>> = {
      Image: resourceMap("Images"),
      SourceLocation: resourceMap("Urls"),
      Label: resourceMap("ShortStrings"),
      Title: resourceMap("ShortStrings"),
      Description: resourceMap("LongStrings"),
    };
    const used = new Set<string>();
    const referencing = Array.from(vo11.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"));
    expect(referencing.length).toBeGreaterThan(10);
    for (const el of referencing) {
      const resid = el.getAttribute("resid") as string;
      const table = kinds[el.localName];
      if (!table) throw new Error(`unexpected resid on <${el.localName}>`);
      if (!table.has(resid)) throw new Error(`<${el.localName} resid="${resid}"> has no matching resource`);
      used.add(resid);
    }
    const defined = Object.values(kinds).flatMap((m) => [...m.keys()]);
    for (const id of defined) expect(used).toContain(id);
  });

  it("keeps strings within Outlook's limits", () => {
    for (const value of resourceMap("ShortStrings").values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of resourceMap("LongStrings").values()) expect(value.length).toBeLessThanOrEqual(250);
    // Mobile ribbons truncate longer button labels (add-mobile-support.md recommends ≤ 16).
    expect(resourceMap("ShortStrings").get("OpenPane.Label")?.length).toBeLessThanOrEqual(16);
  });

  it("points every icon at a committed PNG of the declared pixel size", () => {
    const images = resourceMap("Images");
    const uses = descendants(vo11, "Image").filter((e) => e.hasAttribute("resid"));
    expect(uses.length).toBe(12);
    for (const use of uses) {
      const expected = Number(use.getAttribute("size")) * Number(use.getAttribute("scale") ?? "1");
      const file = assetFile(images.get(use.getAttribute("resid") as string) as string);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: expected, height: expected });
    }
    expect(pngSize(assetFile(path(root, "IconUrl").getAttribute("DefaultValue") as string))).toEqual({ width: 64, height: 64 });
    expect(pngSize(assetFile(path(root, "HighResolutionIconUrl").getAttribute("DefaultValue") as string))).toEqual({ width: 128, height: 128 });
  });

  it("serves the task pane and the support page from files the build produces", () => {
    expect(resourceMap("Urls").get("Taskpane.Url")).toBe(`${DEV_BASE}taskpane.html`);
    expect(existsSync(join(ROOT, "src/taskpane/taskpane.html"))).toBe(true);
    expect(existsSync(assetFile(path(root, "SupportUrl").getAttribute("DefaultValue") as string))).toBe(true);
  });
});

describe("parseXml", () => {
  it("rejects XML that is not well-formed", () => {
    expect(() => parseXml("<OfficeApp><Id></OfficeApp>")).toThrow(/not well-formed/);
    expect(() => parseXml(MANIFEST_TEXT.replace("</Permissions>", ""))).toThrow(/not well-formed/);
  });

  it("gives elements in document order, so the order check can see a swap", () => {
    const swapped = MANIFEST_TEXT.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1");
    expect(swapped).not.toBe(MANIFEST_TEXT);
    const names = childElements(parseXml(swapped).documentElement).map((e) => e.localName);
    expect(names.indexOf("ProviderName")).toBeLessThan(names.indexOf("Version"));
  });
});
