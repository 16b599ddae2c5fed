/**
 * Guidance in the pane's language. The translations are loaded on demand with dynamic import(),
 * so the bundler puts each locale in its own chunk: neither the first view nor the classifier's
 * core bundle carries them. Commands, URLs, codes, ids and the NDR's own texts are never
 * translated: admins paste the commands, and the NDR texts are what the real bounce says.
 */
import { GUIDANCE } from "../../classifier/guidance";
import type { AdminStep, GuidanceEntry } from "../../classifier/types";
import { translationsFrom, type Phrasebook } from "./phrasebook";
import type { EntryTranslation, GuidanceTranslations, StepTranslation, TranslatedLocale } from "./types";

export type { EntryTranslation, GuidanceTranslations, StepTranslation, TranslatedLocale } from "./types";

function phrasebookOf(locale: TranslatedLocale): Promise<Phrasebook> {
  // One literal import() per locale: bundlers can only split what they can see statically.
  switch (locale) {
    case "fr":
      return import("./fr").then((m) => m.FR);
    case "de":
      return import("./de").then((m) => m.DE);
    case "es":
      return import("./es").then((m) => m.ES);
  }
}

const loaded = new Map<TranslatedLocale, Promise<GuidanceTranslations>>();

/** Loads (once per locale) the translations of every guidance entry. Rejects only if the chunk can't load. */
export function loadGuidanceTranslations(locale: TranslatedLocale): Promise<GuidanceTranslations> {
  let pending = loaded.get(locale);
  if (pending === undefined) {
    pending = phrasebookOf(locale).then((book) => translationsFrom(book, GUIDANCE));
    // A failed chunk load (network) must not stick: the next call tries again.
    pending.catch(() => loaded.delete(locale));
    loaded.set(locale, pending);
  }
  return pending;
}

function usable(text: string | undefined): text is string {
  return typeof text === "string" && text.trim() !== "";
}

/** A translated array is used only when it lines up with the English one, item for item. */
function sameLength<T>(translated: readonly T[] | undefined, english: readonly unknown[]): translated is readonly T[] {
  return Array.isArray(translated) && translated.length === english.length;
}

function localizeStep(step: AdminStep, t: StepTranslation | undefined): AdminStep {
  const out: AdminStep = { ...step, text: usable(t?.text) ? t.text : step.text };
  if (step.where) out.where = Object.freeze({ ...step.where, label: usable(t?.whereLabel) ? t.whereLabel : step.where.label });
  if (step.condition !== undefined) out.condition = usable(t?.condition) ? t.condition : step.condition;
  return Object.freeze(out);
}

/** The translated text when there is one, else the English (absent stays absent). */
function pick(translated: string | undefined, english: string | undefined): string | undefined {
  if (english === undefined) return undefined;
  return usable(translated) ? translated : english;
}

/**
 * The entry with its prose in the translation's language where a translation exists, English
 * otherwise. Returns a new frozen entry; the table's own entries are never touched.
 */
export function localizeEntry(entry: GuidanceEntry, translations: GuidanceTranslations | undefined): GuidanceEntry {
  const t: EntryTranslation | undefined = translations && Object.prototype.hasOwnProperty.call(translations, entry.id) ? translations[entry.id] : undefined;
  if (t === undefined || t === null || typeof t !== "object") return entry;
  const tUser = t.userSteps;
  const tAdmin = t.adminSteps;
  const userSteps = sameLength(tUser, entry.userSteps) ? entry.userSteps.map((s, i) => (usable(tUser[i]) ? tUser[i] : s)) : entry.userSteps;
  const adminSteps = sameLength(tAdmin, entry.adminSteps) ? entry.adminSteps.map((s, i) => localizeStep(s, tAdmin[i])) : entry.adminSteps;
  const out: GuidanceEntry = {
    ...entry,
    title: usable(t.title) ? t.title : entry.title,
    headline: usable(t.headline) ? t.headline : entry.headline,
    cause: usable(t.cause) ? t.cause : entry.cause,
    userSteps: Object.freeze(userSteps) as string[],
    adminSteps: Object.freeze(adminSteps) as AdminStep[],
  };
  const detail = pick(t.detail, entry.detail);
  const tellRecipient = pick(t.tellRecipient, entry.tellRecipient);
  if (detail !== undefined) out.detail = detail;
  if (tellRecipient !== undefined) out.tellRecipient = tellRecipient;
  return Object.freeze(out);
}

/**
 * The entry with every prose field passed through `pseudo` (the pseudo-locale), so the pane can
 * be checked for text that escapes localisation. Ids, codes, URLs, commands and NDR texts stay.
 */
export function pseudoLocalizeEntry(entry: GuidanceEntry, pseudo: (s: string) => string): GuidanceEntry {
  const adminSteps = entry.adminSteps.map((step) => {
    const out: AdminStep = { ...step, text: pseudo(step.text) };
    if (step.where) out.where = Object.freeze({ ...step.where, label: pseudo(step.where.label) });
    if (step.condition !== undefined) out.condition = pseudo(step.condition);
    return Object.freeze(out);
  });
  const out: GuidanceEntry = {
    ...entry,
    title: pseudo(entry.title),
    headline: pseudo(entry.headline),
    cause: pseudo(entry.cause),
    userSteps: Object.freeze(entry.userSteps.map(pseudo)) as string[],
    adminSteps: Object.freeze(adminSteps) as AdminStep[],
  };
  if (entry.detail !== undefined) out.detail = pseudo(entry.detail);
  if (entry.tellRecipient !== undefined) out.tellRecipient = pseudo(entry.tellRecipient);
  return Object.freeze(out);
}
