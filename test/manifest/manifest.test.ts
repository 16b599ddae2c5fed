// The checked-in manifest.xml through the project's offline manifest checks (build/manifest/checks.ts,
// the same library ndr-assistant-manifest runs on what it writes), each check shown to catch the
// defect it is for. `npm run validate` (Microsoft's online validator) is the network-backed complement.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkManifest, MANIFEST_CHECKS, manifestContext, resourceMap, taskpaneUrl } from "../../build/manifest/checks";
import { DEV_BASE } from "../../build/manifest/urls";
import { childElements, parseXml, path } from "../../build/manifest/xml";

const ROOT = resolve(__dirname, "../..");
const MANIFEST_TEXT = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const m = manifestContext(MANIFEST_TEXT, DEV_BASE, ROOT);

describe("manifest.xml passes every offline check", () => {
  test.each(MANIFEST_CHECKS.map((c) => [c.name, c] as const))("%s", (_name, check) => {
    check.run(m);
  });
});

describe("manifest.xml as checked in (the development manifest)", () => {
  test("is version 0.1.0.0 of the development add-in at https://localhost:3000/", () => {
    expect(path(m.root, "Version").textContent).toBe("0.1.0.0");
    expect(path(m.root, "Id").textContent).toBe("a024d59b-dd72-41a7-935f-6d968781c72f");
    expect(taskpaneUrl(m)).toBe(`${DEV_BASE}taskpane.html`);
    expect(resourceMap(m, "Urls").get("Taskpane.Url")).toBe(`${DEV_BASE}taskpane.html`);
  });

  test("its task pane is the page the build makes from src/taskpane/taskpane.html", () => {
    expect(readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8")).toMatch(/Content-Security-Policy/);
  });
});

/** The check that fails on a broken copy of manifest.xml, and why. */
function failures(text: string): string[] {
  return checkManifest(text, DEV_BASE, ROOT).map((p) => `${p.check}: ${p.message}`);
}

describe("each check catches its defect", () => {
  test("the manifest as is has no problems", () => {
    expect(failures(MANIFEST_TEXT)).toEqual([]);
  });

  test.each([
    ["swapped top-level elements", (t: string) => t.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1"), /schema order/],
    ["a missing required element", (t: string) => t.replace(/<SupportUrl[^>]*\/>/, ""), /required <SupportUrl> is missing/],
    ["an Id that is not a GUID", (t: string) => t.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"), /<Id> is not a GUID/],
    ["a bad version", (t: string) => t.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0.0</Version>"), /<Version> "1\.0\.0\.0\.0"/],
    [
      "more permission than ReadItem",
      (t: string) => t.replace("<Permissions>ReadItem</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      /not ReadItem/,
    ],
    ["an http icon", (t: string) => t.replace('"https://localhost:3000/assets/icon-16.png"', '"http://localhost:3000/assets/icon-16.png"'), /is not https/],
    [
      "an icon of the wrong size",
      (t: string) =>
        t.replace(
          'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        ),
      /is 32×32, declared 16×16/,
    ],
    ["an icon that doesn't exist", (t: string) => t.replace("assets/icon-25.png", "assets/icon-26.png"), /does not exist/],
    ["a resid without a resource", (t: string) => t.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), /has no matching resource/],
    [
      "buttons and form opening different pages",
      (t: string) =>
        t.replace(
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html?x=1"/>',
        ),
      /Taskpane.Url differs/,
    ],
    ["an unpinnable pane", (t: string) => t.replace("<SupportsPinning>true</SupportsPinning>", "<SupportsPinning>false</SupportsPinning>"), /not pinnable/],
    [
      "a label too long for mobile",
      (t: string) => t.replace('DefaultValue="Explain bounce"', 'DefaultValue="Explain this bounce to me"'),
      /over 16 characters/,
    ],
    ["a second AppDomain", (t: string) => t.replace("</AppDomains>", "<AppDomain>https://evil.example</AppDomain></AppDomains>"), /AppDomains are/],
    [
      "a task pane URL over Office's limit",
      (t: string) => t.split('"https://localhost:3000/taskpane.html"').join(`"https://localhost:3000/taskpane.html?admin=${"a".repeat(2100)}"`),
      /2018/,
    ],
  ])("%s", (_what, breakIt, expected) => {
    const broken = breakIt(MANIFEST_TEXT);
    expect(broken).not.toBe(MANIFEST_TEXT);
    const found = failures(broken);
    expect(found.some((f) => expected.test(f))).toBe(true);
  });

  test("XML that is not well-formed is one problem, not a crash", () => {
    expect(failures(MANIFEST_TEXT.replace("</Permissions>", ""))).toEqual([expect.stringMatching(/well-formed/)]);
  });

  test("a manifest for another base address fails against this one", () => {
    expect(checkManifest(MANIFEST_TEXT, "https://ndr.contoso.com/", ROOT).map((p) => p.check)).toContain(
      "uses https for every URL, all under the base address, and the base's origin as AppDomain",
    );
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
