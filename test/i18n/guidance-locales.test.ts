/**
 * The guidance translations (fr, de, es): complete, faithful to what admins must type or look up
 * (codes, cmdlets, placeholders, DNS record names, numbers), and applied without touching the
 * English table.
 */
import { GUIDANCE } from "../../src/classifier/guidance";
import * as commonSteps from "../../src/classifier/guidance/common-steps";
import * as links from "../../src/classifier/guidance/links";
import type { GuidanceEntry } from "../../src/classifier/types";
import { DE } from "../../src/i18n/guidance/de";
import { ES } from "../../src/i18n/guidance/es";
import { FR } from "../../src/i18n/guidance/fr";
import {
  loadGuidanceTranslations,
  localizeEntry,
  pseudoLocalizeEntry,
  type GuidanceTranslations,
  type TranslatedLocale,
} from "../../src/i18n/guidance/localize";
import { entrySentences, untranslated, type Phrasebook } from "../../src/i18n/guidance/phrasebook";
import { pseudoLocalize } from "../../src/i18n/locale";

const BOOKS: [TranslatedLocale, Phrasebook][] = [
  ["fr", FR],
  ["de", DE],
  ["es", ES],
];

/** Entries whose title may legitimately read the same in English (a bare code or product name). */
const SAME_AS_ENGLISH_ALLOWED = new Set<string>();

/**
 * Rows added after the phrasebooks were written, whose translations are still to come: the pane
 * shows them in English meanwhile (localizeEntry falls back). Remove an id here when its
 * translations land; the tests then hold it to the same standard as every other row.
 */
const AWAITING_TRANSLATION = new Set<string>();
const TRANSLATED = GUIDANCE.filter((e) => !AWAITING_TRANSLATION.has(e.id));

/** Every English text of the table, plus the shared steps and console labels rows can use. */
function englishTexts(): string[] {
  const all = new Set<string>();
  for (const v of [...Object.values(commonSteps), ...Object.values(links)]) {
    if (typeof v === "string" && !v.startsWith("http")) all.add(v);
    else if (v && typeof v === "object" && "text" in v) {
      all.add(v.text);
      if ("condition" in v && typeof v.condition === "string") all.add(v.condition);
    } else if (v && typeof v === "object" && "label" in v) all.add(v.label);
  }
  for (const e of GUIDANCE) for (const t of entrySentences(e)) all.add(t);
  return [...all];
}

// What an admin types or searches for must survive translation verbatim, and so must the
// headline's {domain} / {recipient}, which the pane fills in.
const PLACEHOLDER = /<[a-z][a-z-]*>|\{(?:domain|recipient)\}/g;
const STATUS_CODE = /\b[245X]\.\d{1,3}\.\d{1,3}\b/g;
const CMDLET = /\b(?:Get|Set|New|Remove|Start|Sync|Resolve|Enable|Disable|Add|Test|Format)-[A-Z][A-Za-z]+\b/g;
const PROTOCOL_TERMS =
  /\b(?:MX|SPF|DKIM|DMARC|TLSA|DNSSEC|DANE|PTR|TLS|STARTTLS|SMTP|CNAME|EHLO|HELO|IPv4|IPv6|MTA-STS|Exchange Online|Microsoft 365|Outlook)\b/g;
// Digits read in any grouping: "5,000" is "5 000" in French and "5.000" in German.
const NUMBER = /\d+/g;

function mustKeep(english: string): string[] {
  return [PLACEHOLDER, STATUS_CODE, CMDLET, PROTOCOL_TERMS, NUMBER].flatMap((re) => english.match(re) ?? []);
}

function missingTokens(english: string, translated: string): string[] {
  const counts = (text: string, token: string): number => text.split(token).length - 1;
  return [...new Set(mustKeep(english))].filter((t) => counts(translated, t) < counts(english, t));
}

describe.each(BOOKS)("guidance phrasebook %s", (locale, book) => {
  let translations: GuidanceTranslations;
  beforeAll(async () => {
    translations = await loadGuidanceTranslations(locale);
  });

  it("translates every English sentence of the table", () => {
    expect(untranslated(book, TRANSLATED)).toEqual([]);
  });

  it("holds no translation of a sentence the table no longer has", () => {
    const current = new Set(englishTexts());
    expect(Object.keys(book).filter((k) => !current.has(k))).toEqual([]);
  });

  it("has no empty or whitespace-only translation", () => {
    expect(Object.entries(book).filter(([, t]) => typeof t !== "string" || t.trim() === "")).toEqual([]);
  });

  it("keeps placeholders, status codes, cmdlets, protocol names and numbers", () => {
    const problems = Object.entries(book)
      .map(([en, tr]) => ({ en, missing: missingTokens(en, tr) }))
      .filter((p) => p.missing.length > 0);
    expect(problems).toEqual([]);
  });

  it("gives every entry a title, headline and cause (and its detail and tellRecipient) that differ from English", () => {
    const bad: string[] = [];
    for (const e of TRANSLATED) {
      const t = translations[e.id];
      if (!t?.title || !t.cause || !t.headline) bad.push(`${e.id}: missing`);
      else if (t.cause === e.cause) bad.push(`${e.id}: cause is English`);
      else if (t.headline === e.headline) bad.push(`${e.id}: headline is English`);
      else if (t.title === e.title && !SAME_AS_ENGLISH_ALLOWED.has(e.id)) bad.push(`${e.id}: title is English`);
      if (e.detail !== undefined && (!t?.detail || t.detail === e.detail)) bad.push(`${e.id}: detail`);
      if (e.tellRecipient !== undefined && (!t?.tellRecipient || t.tellRecipient === e.tellRecipient)) bad.push(`${e.id}: tellRecipient`);
    }
    expect(bad).toEqual([]);
  });

  it("lines every entry's steps up with the English ones", () => {
    for (const e of TRANSLATED) {
      const t = translations[e.id];
      expect(t.userSteps).toHaveLength(e.userSteps.length);
      expect(t.adminSteps).toHaveLength(e.adminSteps.length);
      t.adminSteps?.forEach((a, i) => {
        expect(a.text).toBeTruthy();
        expect(a.text).not.toBe(e.adminSteps[i].text);
        expect(a.whereLabel === undefined).toBe(e.adminSteps[i].where === undefined);
        expect(a.condition === undefined).toBe(e.adminSteps[i].condition === undefined);
        if (a.condition !== undefined) expect(a.condition).not.toBe(e.adminSteps[i].condition);
      });
    }
  });

  it("localises every entry without touching commands, URLs, codes or the NDR's own texts", () => {
    for (const e of GUIDANCE) {
      const l = localizeEntry(e, translations);
      expect(l).not.toBe(e);
      // A row awaiting translation may still share a translated sentence with an older row.
      if (!AWAITING_TRANSLATION.has(e.id)) expect(l.title).toBe(translations[e.id].title);
      expect(l.id).toBe(e.id);
      expect(l.codes).toEqual(e.codes);
      expect(l.ndrTexts).toEqual(e.ndrTexts);
      expect(l.docsUrl).toBe(e.docsUrl);
      expect(l.reason).toBe(e.reason);
      expect(l.adminSteps.map((a) => a.commands)).toEqual(e.adminSteps.map((a) => a.commands));
      expect(l.adminSteps.map((a) => a.audience)).toEqual(e.adminSteps.map((a) => a.audience));
      expect(l.adminSteps.map((a) => a.where?.url)).toEqual(e.adminSteps.map((a) => a.where?.url));
      expect(l.provider).toBe(e.provider);
      // A row awaiting translation shows its English prose (or an older row's shared translation).
      if (AWAITING_TRANSLATION.has(e.id)) {
        expect(l.headline.length).toBeGreaterThan(0);
        continue;
      }
      expect(l.headline).toBe(translations[e.id].headline);
      expect(l.detail).toBe(e.detail === undefined ? undefined : translations[e.id].detail);
      expect(l.tellRecipient).toBe(e.tellRecipient === undefined ? undefined : translations[e.id].tellRecipient);
    }
  });
});

describe("localizeEntry", () => {
  const entry = GUIDANCE.find((e) => e.adminSteps.some((a) => a.where?.url && a.commands) && e.userSteps.length >= 2) as GuidanceEntry;
  const snapshot = JSON.stringify(entry);
  const full = {
    title: "Titre",
    cause: "Cause",
    userSteps: entry.userSteps.map((_, i) => `Étape ${i}`),
    adminSteps: entry.adminSteps.map((_, i) => ({ text: `Admin ${i}`, whereLabel: `Où ${i}` })),
  };

  it("translates title, cause, steps and console labels", () => {
    const l = localizeEntry(entry, { [entry.id]: full });
    expect(l.title).toBe("Titre");
    expect(l.cause).toBe("Cause");
    expect(l.userSteps).toEqual(full.userSteps);
    expect(l.adminSteps.map((a) => a.text)).toEqual(full.adminSteps.map((a) => a.text));
    entry.adminSteps.forEach((a, i) => {
      expect(l.adminSteps[i].commands).toBe(a.commands);
      expect(l.adminSteps[i].where?.url).toBe(a.where?.url);
      if (a.where) expect(l.adminSteps[i].where?.label).toBe(`Où ${i}`);
      else expect(l.adminSteps[i].where).toBeUndefined();
    });
  });

  it("returns English for an unknown id, no translations, or an inherited key", () => {
    expect(localizeEntry(entry, { "no-such-entry": full })).toEqual(entry);
    expect(localizeEntry(entry, undefined)).toEqual(entry);
    expect(localizeEntry({ ...entry, id: "constructor" }, {}).title).toBe(entry.title);
  });

  it("falls back to English for an array whose length differs, and keeps the rest", () => {
    const l = localizeEntry(entry, {
      [entry.id]: { ...full, userSteps: full.userSteps.slice(1), adminSteps: [...full.adminSteps, { text: "extra" }] },
    });
    expect(l.title).toBe("Titre");
    expect(l.userSteps).toEqual(entry.userSteps);
    expect(l.adminSteps).toEqual(entry.adminSteps);
  });

  it("falls back to English for empty strings and missing fields", () => {
    const l = localizeEntry(entry, {
      [entry.id]: { title: " ", userSteps: full.userSteps.map((s, i) => (i === 0 ? "" : s)), adminSteps: entry.adminSteps.map(() => ({})) },
    });
    expect(l.title).toBe(entry.title);
    expect(l.cause).toBe(entry.cause);
    expect(l.userSteps[0]).toBe(entry.userSteps[0]);
    expect(l.userSteps[1]).toBe("Étape 1");
    expect(l.adminSteps).toEqual(entry.adminSteps);
  });

  it("never mutates the table's entry and returns a frozen one", () => {
    const l = localizeEntry(entry, { [entry.id]: full });
    expect(JSON.stringify(entry)).toBe(snapshot);
    expect(Object.isFrozen(l)).toBe(true);
    expect(Object.isFrozen(l.adminSteps[0])).toBe(true);
    expect(() => (l.userSteps as string[]).push("x")).toThrow();
  });
});

describe("localizeEntry: the issue 11 fields", () => {
  const relay = GUIDANCE.find((e) => e.id === "exo-5.4.1-relay-access-denied") as GuidanceEntry;

  it("translates headline, detail, tellRecipient and conditions, keeping audiences and commands", () => {
    const l = localizeEntry(relay, {
      [relay.id]: {
        headline: "Titre {domain}",
        detail: "Détail",
        tellRecipient: "À envoyer",
        adminSteps: relay.adminSteps.map((s, i) => ({ text: `Admin ${i}`, ...(s.condition ? { condition: `si ${i}` } : {}) })),
      },
    });
    expect([l.headline, l.detail, l.tellRecipient]).toEqual(["Titre {domain}", "Détail", "À envoyer"]);
    relay.adminSteps.forEach((s, i) => {
      expect(l.adminSteps[i].condition).toBe(s.condition ? `si ${i}` : undefined);
      expect(l.adminSteps[i].audience).toBe(s.audience);
      expect(l.adminSteps[i].commands).toBe(s.commands);
    });
    expect(l.cause).toBe(relay.cause);
  });

  it("keeps the English for missing or blank new fields, and adds none the entry lacks", () => {
    const l = localizeEntry(relay, { [relay.id]: { headline: " ", adminSteps: relay.adminSteps.map(() => ({ condition: "" })) } });
    expect([l.headline, l.detail, l.tellRecipient]).toEqual([relay.headline, relay.detail, relay.tellRecipient]);
    expect(l.adminSteps.map((s) => s.condition)).toEqual(relay.adminSteps.map((s) => s.condition));
    const plain = GUIDANCE.find((e) => e.detail === undefined && e.tellRecipient === undefined) as GuidanceEntry;
    const p = localizeEntry(plain, { [plain.id]: { detail: "Détail", tellRecipient: "À envoyer" } });
    expect("detail" in p).toBe(false);
    expect("tellRecipient" in p).toBe(false);
  });
});

describe("pseudoLocalizeEntry", () => {
  it.each(GUIDANCE.map((e) => [e.id, e] as const))("%s: transforms prose only", (_id, e) => {
    const snapshot = JSON.stringify(e);
    const p = pseudoLocalizeEntry(e, pseudoLocalize);
    expect(p.title).toBe(pseudoLocalize(e.title));
    expect(p.cause).toBe(pseudoLocalize(e.cause));
    expect(p.userSteps).toEqual(e.userSteps.map(pseudoLocalize));
    expect(p.adminSteps.map((a) => a.text)).toEqual(e.adminSteps.map((a) => pseudoLocalize(a.text)));
    expect(p.adminSteps.map((a) => a.where?.label)).toEqual(e.adminSteps.map((a) => a.where && pseudoLocalize(a.where.label)));
    expect(p.adminSteps.map((a) => a.commands)).toEqual(e.adminSteps.map((a) => a.commands));
    expect(p.headline).toBe(pseudoLocalize(e.headline));
    expect(p.detail).toBe(e.detail === undefined ? undefined : pseudoLocalize(e.detail));
    expect(p.tellRecipient).toBe(e.tellRecipient === undefined ? undefined : pseudoLocalize(e.tellRecipient));
    expect(p.adminSteps.map((a) => a.condition)).toEqual(e.adminSteps.map((a) => a.condition && pseudoLocalize(a.condition)));
    expect([p.provider, p.adminSteps.map((a) => a.audience)]).toEqual([e.provider, e.adminSteps.map((a) => a.audience)]);
    expect(p.adminSteps.map((a) => a.where?.url)).toEqual(e.adminSteps.map((a) => a.where?.url));
    expect([p.id, p.codes, p.ndrTexts, p.docsUrl, p.reason, p.whoMustAct, p.generic]).toEqual([
      e.id,
      e.codes,
      e.ndrTexts,
      e.docsUrl,
      e.reason,
      e.whoMustAct,
      e.generic,
    ]);
    expect(JSON.stringify(e)).toBe(snapshot);
  });
});
