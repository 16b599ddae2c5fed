/**
 * A locale's guidance text is kept as a phrasebook: each English sentence of the table mapped to
 * its translation. Shared steps and console labels recur in dozens of entries, so keying by the
 * English text translates each sentence once; and when someone edits an English sentence, its old
 * translation stops matching and the entry falls back to English instead of showing stale advice
 * (the locale tests then list the sentence as untranslated).
 */
import type { GuidanceEntry } from "../../types";
import type { EntryTranslation, GuidanceTranslations } from "./types";

export type Phrasebook = Readonly<Record<string, string>>;

function lookUp(book: Phrasebook, english: string): string | undefined {
  // Own properties only: an English sentence such as "constructor" must not find Object.prototype.
  if (!Object.prototype.hasOwnProperty.call(book, english)) return undefined;
  const text = book[english];
  return typeof text === "string" && text.trim() !== "" ? text : undefined;
}

function translateEntry(book: Phrasebook, entry: GuidanceEntry): EntryTranslation {
  const out: EntryTranslation = {};
  const title = lookUp(book, entry.title);
  const cause = lookUp(book, entry.cause);
  if (title !== undefined) out.title = title;
  if (cause !== undefined) out.cause = cause;
  // Arrays stay index-aligned with the English entry: an untranslated step keeps its English text.
  out.userSteps = entry.userSteps.map((s) => lookUp(book, s) ?? s);
  out.adminSteps = entry.adminSteps.map((step) => {
    const t: { text?: string; whereLabel?: string } = {};
    const text = lookUp(book, step.text);
    const whereLabel = step.where ? lookUp(book, step.where.label) : undefined;
    if (text !== undefined) t.text = text;
    if (whereLabel !== undefined) t.whereLabel = whereLabel;
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
  for (const e of entries) {
    const texts = [e.title, e.cause, ...e.userSteps, ...e.adminSteps.flatMap((a) => (a.where ? [a.text, a.where.label] : [a.text]))];
    for (const t of texts) if (lookUp(book, t) === undefined) missing.add(t);
  }
  return [...missing];
}
