/**
 * Guidance entries in the pane's language. Translations are loaded on demand (a separate chunk
 * per language); ids, codes, URLs, commands and the NDR's own texts always stay as written.
 */
import type { GuidanceEntry } from "../../classifier/types";
import { type Locale, pseudoLocalize } from "../locale";
import { loadGuidanceTranslations, localizeEntry, pseudoLocalizeEntry, type GuidanceTranslations } from "./localize";

export type LocalizeEntry = (entry: GuidanceEntry) => GuidanceEntry;

export const identityEntry: LocalizeEntry = (entry) => entry;

const pseudoEntry: LocalizeEntry = (entry) => pseudoLocalizeEntry(entry, pseudoLocalize);

/** English and the pseudo-locale need nothing loaded; the pane uses these from the first render. */
export function immediateEntryLocalizer(locale: Locale): LocalizeEntry | undefined {
  if (locale === "qps") return pseudoEntry;
  if (locale === "en") return identityEntry;
  return undefined;
}

/** Resolves to English (identity) when the translations can't be loaded: the pane must still explain. */
export async function loadEntryLocalizer(locale: Locale): Promise<LocalizeEntry> {
  const immediate = immediateEntryLocalizer(locale);
  if (immediate) return immediate;
  if (locale === "qps" || locale === "en") return identityEntry;
  let translations: GuidanceTranslations | undefined;
  try {
    translations = await loadGuidanceTranslations(locale);
  } catch {
    return identityEntry;
  }
  return (entry) => localizeEntry(entry, translations);
}
