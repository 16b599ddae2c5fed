/**
 * A locale's guidance text is kept as a phrasebook: each English sentence of the table mapped to
 * its translation. Shared steps and console labels recur in dozens of entries, so keying by the
 * English text translates each sentence once; and when someone edits an English sentence, its old
 * translation stops matching and the entry falls back to English instead of showing stale advice
 * (the locale tests then list the sentence as untranslated).
 */
import type { GuidanceEntry } from "../../classifier/types";
import type { EntryTranslation, GuidanceTranslations, StepTranslation } from "./types";

export type Phrasebook = Readonly<Record<string, string>>;

function lookUp(book: Phrasebook, english: string): string | undefined {
  // Own properties only: an English sentence such as "constructor" must not find Object.prototype.
  if (!Object.prototype.hasOwnProperty.call(book, english)) return undefined;
  const text = book[english];
  return typeof text === "string" && text.trim() !== "" ? text : undefined;
}

/** The English prose of one entry, field by field: what a phrasebook must translate. */
export function entrySentences(entry: GuidanceEntry): string[] {
  const texts = [entry.title, entry.headline, entry.cause];
  if (entry.detail !== undefined) texts.push(entry.detail);
  if (entry.tellRecipient !== undefined) texts.push(entry.tellRecipient);
  texts.push(...entry.userSteps);
  for (const a of entry.adminSteps) {
    texts.push(a.text);
    if (a.where) texts.push(a.where.label);
    if (a.condition !== undefined) texts.push(a.condition);
  }
  return texts;
}

function translateEntry(book: Phrasebook, entry: GuidanceEntry): EntryTranslation {
  const out: EntryTranslation = {};
  const single: ["title" | "headline" | "cause" | "detail" | "tellRecipient", string | undefined][] = [
    ["title", entry.title],
    ["headline", entry.headline],
    ["cause", entry.cause],
    ["detail", entry.detail],
    ["tellRecipient", entry.tellRecipient],
  ];
  for (const [field, english] of single) {
    const text = english === undefined ? undefined : lookUp(book, english);
    if (text !== undefined) out[field] = text;
  }
  // Arrays stay index-aligned with the English entry: an untranslated step keeps its English text.
  out.userSteps = entry.userSteps.map((s) => lookUp(book, s) ?? s);
  out.adminSteps = entry.adminSteps.map((step) => {
    const t: StepTranslation = {};
    const text = lookUp(book, step.text);
    const whereLabel = step.where ? lookUp(book, step.where.label) : undefined;
    const condition = step.condition !== undefined ? lookUp(book, step.condition) : undefined;
    if (text !== undefined) t.text = text;
    if (whereLabel !== undefined) t.whereLabel = whereLabel;
    if (condition !== undefined) t.condition = condition;
    return t;
  });
  return out;
}

/** The per-entry translations the pane uses, built from a phrasebook over the given entries. */
export function translationsFrom(book: Phrasebook, entries: readonly GuidanceEntry[]): GuidanceTranslations {
  const out: GuidanceTranslations = {};
  for (const entry of entries) out[entry.id] = translateEntry(book, entry);
  return out;
}

/** English sentences of the entries that the phrasebook doesn't translate (for tests and tooling). */
export function untranslated(book: Phrasebook, entries: readonly GuidanceEntry[]): string[] {
  const missing = new Set<string>();
  for (const e of entries) for (const t of entrySentences(e)) if (lookUp(book, t) === undefined) missing.add(t);
  return [...missing];
}
