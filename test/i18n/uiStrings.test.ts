import { pseudoLocalize } from "../../src/i18n/locale";
import { format, translator } from "../../src/i18n/translate";
import { loadUiStrings, readyUiStrings, uiStrings } from "../../src/i18n/ui";
import { de } from "../../src/i18n/ui/de";
import { en, type UiKey } from "../../src/i18n/ui/en";
import { es } from "../../src/i18n/ui/es";
import { fr } from "../../src/i18n/ui/fr";

const placeholders = (text: string): string[] => [...new Set(text.match(/\{[A-Za-z0-9_]+\}/g) ?? [])].sort();
const keys = Object.keys(en) as UiKey[];
const translations = { fr, de, es };

describe.each(Object.entries(translations))("UI strings: %s", (_, table) => {
  it("has exactly the English keys", () => {
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
  });

  it("has no empty or whitespace-only string", () => {
    const empty = keys.filter((k) => table[k].trim() === "");
    expect(empty).toEqual([]);
  });

  it("uses the same placeholders as English for every key", () => {
    const mismatched = keys
      .filter((k) => placeholders(table[k]).join() !== placeholders(en[k]).join())
      .map((k) => `${k}: ${placeholders(table[k])} vs ${placeholders(en[k])}`);
    expect(mismatched).toEqual([]);
  });

  it("is translated: most sentences differ from English", () => {
    // Product names and codes ("NDR Assistant", "Exchange Online: 550 5.4.1 …") legitimately stay the same.
    const same = keys.filter((k) => table[k] === en[k] && en[k].split(" ").length > 3);
    expect(same.length).toBeLessThan(keys.length * 0.05);
  });
});

describe("the pseudo-locale", () => {
  it("transforms every English string and keeps its placeholders", () => {
    const qps = uiStrings("qps");
    for (const k of keys) {
      expect(qps[k]).not.toBe(en[k]);
      expect(qps[k]).toMatch(/^\[.*~+\]$/s);
      expect(placeholders(qps[k])).toEqual(placeholders(en[k]));
    }
  });

  it("accents letters, brackets the text and pads it by about 30 %", () => {
    const out = pseudoLocalize("What you can do");
    expect(out).toBe("[Ŵĥàţ ýôû çàñ ðô ~~~~~]");
    expect(out).not.toMatch(/[A-Za-z]/);
    expect(pseudoLocalize("Recipient: {list}")).toMatch(/^\[Ŕéçîþîéñţ: \{list\} ~+\]$/);
    expect(pseudoLocalize("")).toBe("");
  });
});

describe("format", () => {
  it("fills placeholders, leaves unknown ones visible and never re-reads a value", () => {
    expect(format("To {to}: {missing}", { to: "a@b.example" })).toBe("To a@b.example: {missing}");
    // Message content that looks like a placeholder stays literal.
    expect(format("{a} and {b}", { a: "{b}", b: "x" })).toBe("{b} and x");
    expect(format("{n} items", { n: 3 })).toBe("3 items");
  });

  it("a translator returns its language's sentence once the table has loaded", async () => {
    await Promise.all([loadUiStrings("fr"), loadUiStrings("de")]);
    expect(translator("fr")("forward.button")).toBe("Transférer à mon administrateur");
    expect(translator("de")("problem.numbered", { index: 1, total: 2, title: "X" })).toBe("Problem 1 von 2: X");
    expect(translator("en")("view.admin")).toBe("Admin view");
  });
});

describe("loading the tables", () => {
  it("has English and the pseudo-locale at once, and French, German and Spanish after loading", async () => {
    expect(readyUiStrings("en")).toBe(en);
    expect(readyUiStrings("qps")?.["view.admin"]).toBe(pseudoLocalize(en["view.admin"]));
    await expect(loadUiStrings("es")).resolves.toBe(es);
    expect(readyUiStrings("es")).toBe(es);
    expect(uiStrings("es")).toBe(es);
  });
});

describe("the labels the browser tests use are unchanged in English", () => {
  const labels: Array<[UiKey, string]> = [
    ["problem.adminSteps", "Steps for your email admin"],
    ["problem.userSteps", "What you can do"],
    ["forward.button", "Forward to my admin"],
    ["address.label", "Your email admin's address"],
    ["forward.saveAndForward", "Save and forward"],
    ["pane.checkAnother", "Check another bounce"],
    ["input.pasteLabel", "Paste the bounce's text"],
    ["input.explain", "Explain"],
    ["input.openFileLabel", "Open a bounce file (.eml or .msg)"],
    ["input.dropLabel", "Drop a bounce here"],
    ["sample.exo-new-541.title", "Exchange Online: 550 5.4.1 Relay Access Denied"],
    ["view.admin", "Admin view"],
    ["view.user", "User view"],
    ["diag.heading", "Diagnostics"],
    ["dns.toggle", "Run live DNS checks"],
    ["dns.run", "Run checks"],
  ];
  it.each(labels)("%s", (key, text) => expect(en[key]).toBe(text));
});
