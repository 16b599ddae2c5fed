import { htmlLang, pickLocale } from "../../src/i18n/locale";
import { paneLocale } from "../../src/taskpane/i18n/paneLocale";

describe("pickLocale", () => {
  it.each([
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["FR", "fr"],
    ["de-DE", "de"],
    ["de-CH", "de"],
    ["es-ES", "es"],
    ["es-419", "es"],
    ["es_MX", "es"],
    ["qps-ploc", "qps"],
    ["qps", "qps"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["pt-BR", "en"],
    ["ja-JP", "en"],
    ["", "en"],
    ["  ", "en"],
    ["frisian", "en"],
    [undefined, "en"],
  ])("%p → %p", (input, expected) => {
    expect(pickLocale(input)).toBe(expected);
  });

  it("names the pseudo-locale for <html lang>", () => {
    expect(htmlLang("qps")).toBe("qps-ploc");
    expect(htmlLang("de")).toBe("de");
  });
});

describe("paneLocale", () => {
  const info = { mode: "outlook" as const, mailboxSets: [], displayLanguage: "de-DE" };
  it("follows Outlook's display language", () => expect(paneLocale(info, "")).toBe("de"));
  it("lets ?lang= override it (preview, screenshots)", () => expect(paneLocale(info, "?admin=x%40y.example&lang=es-ES")).toBe("es"));
  it("ignores an empty ?lang=", () => expect(paneLocale(info, "?lang=")).toBe("de"));
  it("falls back to English without a language", () => expect(paneLocale({ mode: "preview", mailboxSets: [] }, "")).toBe("en"));
});
