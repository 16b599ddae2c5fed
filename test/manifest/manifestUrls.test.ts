import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { escapeXml, parseBaseUrl, rewriteManifestUrls } from "../../build/manifest/urls";
import { descendants, parseXml, path } from "../../build/manifest/xml";

const MANIFEST_TEXT = readFileSync(join(resolve(__dirname, "../.."), "manifest.xml"), "utf8");

describe("parseBaseUrl", () => {
  it("accepts https and normalises the trailing slash", () => {
    expect(parseBaseUrl("https://ndr.example.com")).toEqual({ base: "https://ndr.example.com/", origin: "https://ndr.example.com" });
    expect(parseBaseUrl("https://cdn.example.com/ndr/")).toEqual({ base: "https://cdn.example.com/ndr/", origin: "https://cdn.example.com" });
  });

  it.each([
    undefined,
    "",
    "  ",
    "http://ndr.example.com/",
    "ftp://ndr.example.com/",
    "ndr.example.com",
    "https://ndr.example.com/?x=1",
    "https://user:pw@ndr.example.com/",
  ])("refuses %p", (value) => {
    expect(() => parseBaseUrl(value)).toThrow(/ADDIN_BASE_URL/);
  });

  it("names the setting it checks", () => {
    expect(() => parseBaseUrl("http://ndr.example.com/", "--base-url")).toThrow(/^--base-url must be an https:\/\/ URL/);
  });
});

describe("escapeXml", () => {
  it("escapes what an attribute value can't hold", () => {
    expect(escapeXml(`a&b<c>"d"`)).toBe("a&amp;b&lt;c&gt;&quot;d&quot;");
  });
});

describe("rewriteManifestUrls", () => {
  const rewritten = rewriteManifestUrls(MANIFEST_TEXT, "https://cdn.example.com/ndr");
  const root = parseXml(rewritten).documentElement;

  it("leaves no development URL behind and keeps the XML well-formed", () => {
    expect(rewritten).not.toMatch(/localhost/);
    expect(path(root, "FormSettings", "Form", "DesktopSettings", "SourceLocation").getAttribute("DefaultValue")).toBe(
      "https://cdn.example.com/ndr/taskpane.html",
    );
    expect(path(root, "IconUrl").getAttribute("DefaultValue")).toBe("https://cdn.example.com/ndr/assets/icon-64.png");
  });

  it("gives AppDomain the origin only", () => {
    expect(descendants(root, "AppDomain").map((d) => d.textContent)).toEqual(["https://cdn.example.com"]);
  });

  it("changes nothing but the URLs", () => {
    const back = rewritten
      .split("https://cdn.example.com/ndr/")
      .join("https://localhost:3000/")
      .replace("<AppDomain>https://cdn.example.com</AppDomain>", "<AppDomain>https://localhost:3000</AppDomain>");
    expect(back).toBe(MANIFEST_TEXT);
  });

  it("refuses a non-https base", () => {
    expect(() => rewriteManifestUrls(MANIFEST_TEXT, "http://cdn.example.com/")).toThrow(/https/);
  });
});
