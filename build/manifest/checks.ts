/**
 * The offline manifest checks, as a library: test/manifest runs each one as a test on manifest.xml,
 * and ndr-assistant-manifest runs them all on every manifest it writes before saying it is done.
 * `npm run validate` (Microsoft's online validator) is the network-backed complement.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pngSize } from "./pngSize";
import { NS_APP, NS_BT, NS_VO_1_0, NS_VO_1_1, childElements, descendants, parseXml, path, xsiType } from "./xml";

/** "Basic mail add-in element ordering" (manifest-element-ordering.md); the XSD rejects any other order. */
export const TOP_LEVEL_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "FormSettings",
  "Permissions",
  "Rule",
  "DisableEntityHighlighting",
  "VersionOverrides",
];
/** Every top-level element but AlternateId is required. */
export const REQUIRED_TOP_LEVEL = TOP_LEVEL_ORDER.filter((name) => name !== "AlternateId");
const NAMESPACES = new Set([
  NS_APP,
  NS_VO_1_0,
  NS_VO_1_1,
  NS_BT,
  "http://schemas.microsoft.com/office/mailappversionoverrides/1.0",
  "http://www.w3.org/2001/XMLSchema-instance",
]);

/** The add-in only manifest's version: up to four dot-separated numbers of at most five digits. */
export const VERSION_PATTERN = /^\d{1,5}(\.\d{1,5}){0,3}$/;
/** SourceLocation is "a URL between 1 and 2018 characters long" (sourcelocation.md). */
export const MAX_SOURCE_LOCATION_CHARS = 2018;
/** The admin center refuses larger uploads (office-addins.md, "Upload custom apps"). */
export const MAX_MANIFEST_BYTES = 512 * 1024;

export interface ManifestContext {
  text: string;
  root: Element;
  vo10: Element;
  vo11: Element;
  resources: Element;
  mailHost: Element;
  /** Every URL in the manifest must start with it (DEV_BASE for the checked-in manifest). */
  base: string;
  /** The folder whose files the base serves: assets/ and its icons (the repository root works, dist/ too). */
  filesRoot: string;
}

export interface ManifestCheck {
  name: string;
  /** Throws an Error saying what is wrong. */
  run(m: ManifestContext): void;
}

function must(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function resourceMap(m: ManifestContext, groupName: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of childElements(path(m.resources, groupName))) map.set(el.getAttribute("id") ?? "", el.getAttribute("DefaultValue") ?? "");
  return map;
}

function extensionPoint(m: ManifestContext, formFactor: string, type: string): Element {
  const found = descendants(path(m.mailHost, formFactor), "ExtensionPoint").find((e) => xsiType(e) === type);
  if (!found) throw new Error(`no ExtensionPoint ${type} under ${formFactor}`);
  return found;
}

/** Maps a manifest URL to the file the base serves (query and fragment dropped). */
export function servedFile(m: ManifestContext, url: string): string {
  must(url.startsWith(m.base), `${url} is not under the base address ${m.base}`);
  return join(m.filesRoot, url.slice(m.base.length).split(/[?#]/)[0]);
}

/** The task pane URL (SourceLocation and Taskpane.Url must agree), query included. */
export function taskpaneUrl(m: ManifestContext): string {
  return path(m.root, "FormSettings", "Form", "DesktopSettings", "SourceLocation").getAttribute("DefaultValue") ?? "";
}

export const MANIFEST_CHECKS: readonly ManifestCheck[] = [
  {
    name: "is a MailApp in the appforoffice 1.1 namespace",
    run: ({ root }) => {
      must(
        root.localName === "OfficeApp" && root.namespaceURI === NS_APP,
        `the root is <${root.localName}> in ${root.namespaceURI}, not <OfficeApp> in ${NS_APP}`,
      );
      must(xsiType(root) === "MailApp", `xsi:type is ${xsiType(root)}, not MailApp`);
    },
  },
  {
    name: "keeps the top-level elements in schema order, all required ones present",
    run: ({ root }) => {
      const names = childElements(root).map((e) => e.localName);
      for (const name of names) must(TOP_LEVEL_ORDER.includes(name), `<${name}> is not a top-level element of a mail add-in`);
      const positions = names.map((n) => TOP_LEVEL_ORDER.indexOf(n));
      must(
        positions.every((p, i) => i === 0 || positions[i - 1] <= p),
        `top-level elements out of schema order: ${names.join(", ")}`,
      );
      must(new Set(names).size === names.length, `a top-level element appears twice: ${names.join(", ")}`);
      for (const name of REQUIRED_TOP_LEVEL) must(names.includes(name), `required <${name}> is missing`);
    },
  },
  {
    name: "identifies the add-in",
    run: ({ root }) => {
      must(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(path(root, "Id").textContent ?? ""), "<Id> is not a GUID");
      must(VERSION_PATTERN.test(path(root, "Version").textContent ?? ""), `<Version> "${path(root, "Version").textContent}" is not n[.n[.n[.n]]]`);
      must(path(root, "DefaultLocale").textContent === "en-US", "<DefaultLocale> is not en-US");
      must(path(root, "DisplayName").getAttribute("DefaultValue") === "NDR Assistant", "<DisplayName> is not NDR Assistant");
      must((path(root, "ProviderName").textContent ?? "").trim() !== "", "<ProviderName> is empty");
      must((path(root, "Description").getAttribute("DefaultValue") ?? "").length > 20, "<Description> is too short");
      must(path(root, "Hosts", "Host").getAttribute("Name") === "Mailbox", "<Hosts> does not name Mailbox");
    },
  },
  {
    name: "requires Mailbox 1.3 and asks for ReadItem only",
    run: ({ root }) => {
      const sets = path(root, "Requirements", "Sets");
      const set = path(sets, "Set");
      must(
        sets.getAttribute("DefaultMinVersion") === "1.3" && set.getAttribute("Name") === "Mailbox" && set.getAttribute("MinVersion") === "1.3",
        "the requirement is not Mailbox 1.3",
      );
      must(path(root, "Permissions").textContent?.trim() === "ReadItem", "<Permissions> is not ReadItem");
    },
  },
  {
    name: "has an ItemRead form with a task pane source and a height Outlook accepts",
    run: (m) => {
      const form = path(m.root, "FormSettings", "Form");
      must(xsiType(form) === "ItemRead", "the form is not ItemRead");
      const source = taskpaneUrl(m);
      must(source.split(/[?#]/)[0] === `${m.base}taskpane.html`, `SourceLocation ${source} is not ${m.base}taskpane.html`);
      must(source.length <= MAX_SOURCE_LOCATION_CHARS, `SourceLocation is ${source.length} characters; Office allows ${MAX_SOURCE_LOCATION_CHARS}`);
      const height = Number(path(form, "DesktopSettings", "RequestedHeight").textContent);
      must(height >= 32 && height <= 450, `RequestedHeight ${height} is outside 32–450`);
    },
  },
  {
    name: "activates on messages in read mode",
    run: ({ root }) => {
      const rule = path(root, "Rule");
      must(xsiType(rule) === "RuleCollection" && rule.getAttribute("Mode") === "Or", "<Rule> is not an Or RuleCollection");
      const itemIs = childElements(rule).filter((r) => xsiType(r) === "ItemIs");
      must(
        itemIs.some((r) => r.getAttribute("ItemType") === "Message" && r.getAttribute("FormType") === "Read"),
        "no ItemIs Message/Read rule",
      );
    },
  },
  {
    name: "nests VersionOverrides 1.1 as the last child of 1.0",
    run: ({ vo10, vo11, mailHost }) => {
      must(vo10.namespaceURI === NS_VO_1_0 && xsiType(vo10) === "VersionOverridesV1_0", "the outer VersionOverrides is not V1_0");
      must(
        vo11.localName === "VersionOverrides" && vo11.namespaceURI === NS_VO_1_1 && xsiType(vo11) === "VersionOverridesV1_1",
        "the last child of VersionOverrides V1_0 is not VersionOverrides V1_1",
      );
      const sets = path(vo11, "Requirements", "Sets");
      must(sets.namespaceURI === NS_BT && sets.getAttribute("DefaultMinVersion") === "1.3", "VersionOverrides 1.1 does not require Mailbox 1.3 (bt:Sets)");
      must(xsiType(mailHost) === "MailHost", "the host is not a MailHost");
    },
  },
  {
    name: "offers a pinnable task pane button on the desktop read surface",
    run: (m) => {
      const point = extensionPoint(m, "DesktopFormFactor", "MessageReadCommandSurface");
      const button = descendants(point, "Control").find((c) => xsiType(c) === "Button");
      must(button, "no Button on MessageReadCommandSurface");
      const action = path(button, "Action");
      must(xsiType(action) === "ShowTaskpane", "the button does not show a task pane");
      must(path(action, "SourceLocation").getAttribute("resid") === "Taskpane.Url", "the button's SourceLocation is not Taskpane.Url");
      must(path(action, "SupportsPinning").textContent === "true", "the task pane is not pinnable");
      const sizes = childElements(path(button, "Icon")).map((i) => i.getAttribute("size"));
      must(sizes.join(",") === "16,32,80", `button icon sizes are ${sizes.join(",")}, not 16,32,80`);
    },
  },
  {
    name: "offers a mobile button with 25/32/48 px icons at scales 1-3",
    run: (m) => {
      const point = extensionPoint(m, "MobileFormFactor", "MobileMessageReadCommandSurface");
      const groups = childElements(point);
      must(groups.length === 1 && groups[0].localName === "Group", "the mobile surface does not hold exactly one Group");
      const control = path(groups[0], "Control");
      must(xsiType(control) === "MobileButton", "the mobile control is not a MobileButton");
      const icon = path(control, "Icon");
      must(xsiType(icon) === "bt:MobileIconList", "the mobile icon is not a bt:MobileIconList");
      const pairs = childElements(icon)
        .map((i) => `${i.getAttribute("size")}@${i.getAttribute("scale")}`)
        .sort();
      must(pairs.join(",") === "25@1,25@2,25@3,32@1,32@2,32@3,48@1,48@2,48@3", `mobile icons are ${pairs.join(",")}`);
      must(xsiType(path(control, "Action")) === "ShowTaskpane", "the mobile button does not show a task pane");
    },
  },
  {
    name: "uses https for every URL, all under the base address, and the base's origin as AppDomain",
    run: (m) => {
      const urls = m.text.match(/[a-z][a-z0-9+.-]*:\/\/[^\s"<]+/gi) ?? [];
      const addresses = urls.filter((u) => !NAMESPACES.has(u));
      must(addresses.length > 10, `only ${addresses.length} URLs found`);
      for (const url of addresses) must(url.startsWith("https://"), `${url} is not https`);
      for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
        const value = path(m.root, name).getAttribute("DefaultValue") ?? "";
        must(value.startsWith(m.base), `<${name}> ${value} is not under ${m.base}`);
      }
      for (const url of resourceMap(m, "Images").values()) must(url.startsWith(m.base), `icon ${url} is not under ${m.base}`);
      for (const url of resourceMap(m, "Urls").values()) must(url.startsWith(m.base), `${url} is not under ${m.base}`);
      const domains = descendants(m.root, "AppDomain").map((d) => d.textContent);
      must(domains.length === 1 && domains[0] === new URL(m.base).origin, `AppDomains are ${domains.join(", ")}, not ${new URL(m.base).origin}`);
    },
  },
  {
    name: "opens the same task pane URL from the form and the buttons",
    run: (m) => {
      must(resourceMap(m, "Urls").get("Taskpane.Url") === taskpaneUrl(m), "Taskpane.Url differs from the form's SourceLocation");
    },
  },
  {
    name: "defines each resource id once",
    run: (m) => {
      const ids = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((g) => childElements(path(m.resources, g)).map((e) => e.getAttribute("id")));
      must(
        ids.every((id) => id),
        "a resource has no id",
      );
      must(new Set(ids).size === ids.length, "a resource id is defined twice");
    },
  },
  {
    name: "resolves every resid to a resource of the right kind, and uses every resource",
    run: (m) => {
      const kinds: Record<string, Map<string, string>> = {
        Image: resourceMap(m, "Images"),
        SourceLocation: resourceMap(m, "Urls"),
        Label: resourceMap(m, "ShortStrings"),
        Title: resourceMap(m, "ShortStrings"),
        Description: resourceMap(m, "LongStrings"),
      };
      const used = new Set<string>();
      const referencing = Array.from(m.vo11.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"));
      must(referencing.length > 10, `only ${referencing.length} resid references`);
      for (const el of referencing) {
        const resid = el.getAttribute("resid") as string;
        const table = kinds[el.localName];
        must(table, `unexpected resid on <${el.localName}>`);
        must(table.has(resid), `<${el.localName} resid="${resid}"> has no matching resource`);
        used.add(resid);
      }
      for (const id of Object.values(kinds).flatMap((t) => [...t.keys()])) must(used.has(id), `resource ${id} is never used`);
    },
  },
  {
    name: "keeps strings within Outlook's limits",
    run: (m) => {
      for (const value of resourceMap(m, "ShortStrings").values()) must(value.length <= 125, `short string over 125 characters: ${value}`);
      for (const value of resourceMap(m, "LongStrings").values()) must(value.length <= 250, `long string over 250 characters: ${value}`);
      // Mobile ribbons truncate longer button labels (add-mobile-support.md recommends ≤ 16).
      must((resourceMap(m, "ShortStrings").get("OpenPane.Label") ?? "").length <= 16, "the button label is over 16 characters");
    },
  },
  {
    name: "points every icon at a PNG of the declared pixel size",
    run: (m) => {
      const images = resourceMap(m, "Images");
      const uses = descendants(m.vo11, "Image").filter((e) => e.hasAttribute("resid"));
      must(uses.length === 12, `${uses.length} icon uses, expected 12`);
      const sized = (url: string, expected: number): void => {
        const file = servedFile(m, url);
        must(existsSync(file), `${url}: ${file} does not exist`);
        const { width, height } = pngSize(file);
        must(width === expected && height === expected, `${url} is ${width}×${height}, declared ${expected}×${expected}`);
      };
      for (const use of uses)
        sized(images.get(use.getAttribute("resid") as string) as string, Number(use.getAttribute("size")) * Number(use.getAttribute("scale") ?? "1"));
      sized(path(m.root, "IconUrl").getAttribute("DefaultValue") as string, 64);
      sized(path(m.root, "HighResolutionIconUrl").getAttribute("DefaultValue") as string, 128);
    },
  },
  {
    name: "serves the support page from a file the base serves",
    run: (m) => {
      const support = path(m.root, "SupportUrl").getAttribute("DefaultValue") as string;
      must(existsSync(servedFile(m, support)), `${support} is not a file under ${m.filesRoot}`);
    },
  },
  {
    name: "fits the admin center's upload limit",
    run: (m) => must(Buffer.byteLength(m.text, "utf8") <= MAX_MANIFEST_BYTES, `the manifest is over ${MAX_MANIFEST_BYTES} bytes`),
  },
];

/** Parses a manifest into what the checks read; throws when it is not well-formed or lacks the VersionOverrides skeleton. */
export function manifestContext(text: string, base: string, filesRoot: string): ManifestContext {
  const root = parseXml(text).documentElement;
  const vo10 = path(root, "VersionOverrides");
  const vo11 = childElements(vo10).at(-1) as Element;
  return { text, root, vo10, vo11, resources: path(vo11, "Resources"), mailHost: path(vo11, "Hosts", "Host"), base, filesRoot };
}

export interface ManifestProblem {
  check: string;
  message: string;
}

/** Runs every check; an empty list means the manifest passes the project's offline manifest tests. */
export function checkManifest(text: string, base: string, filesRoot: string): ManifestProblem[] {
  let m: ManifestContext;
  try {
    m = manifestContext(text, base, filesRoot);
  } catch (error) {
    return [{ check: "is well-formed XML with the add-in's structure", message: error instanceof Error ? error.message : String(error) }];
  }
  const problems: ManifestProblem[] = [];
  for (const check of MANIFEST_CHECKS) {
    try {
      check.run(m);
    } catch (error) {
      problems.push({ check: check.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return problems;
}
