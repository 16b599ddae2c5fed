import { type ReactNode, createContext, useContext, useEffect, useMemo, useState } from "react";
import { type Locale, htmlLang, intlLocale } from "../../i18n/locale";
import { type Translate, englishT, translatorFor } from "../../i18n/translate";
import { type UiStrings, loadUiStrings, readyUiStrings } from "../../i18n/ui";
import { formatDate } from "../common/formatDate";
import { loadEngine } from "../reader/engine/loadEngine";
import { type LocalizeEntry, englishEntry } from "./entryLocalizer";

export interface PaneStrings {
  locale: Locale;
  /** Key → text in the pane's language, {placeholders} filled. */
  t: Translate;
  /** Dates as the reader writes them; unparsable ones as the message gave them. */
  date(value: string | undefined): string | undefined;
  /** A guidance entry in the pane's language (English until its translations have loaded). */
  localizeEntry: LocalizeEntry;
}

const english: PaneStrings = { locale: "en", t: englishT, date: (v) => formatDate(v, "en"), localizeEntry: englishEntry };

const StringsContext = createContext<PaneStrings>(english);

/** Components read their text through this; outside a provider they get English. */
export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}

/** Resolves to English (identity) when the engine or the translations can't be loaded: the pane must still explain. */
async function entryLocalizer(locale: Locale): Promise<LocalizeEntry> {
  try {
    return await (await loadEngine()).loadEntryLocalizer(locale);
  } catch {
    return englishEntry;
  }
}

/**
 * The UI table of a language other than English arrives as its own chunk: until it is there the
 * provider renders nothing (a few milliseconds, and the table is requested at boot), so the pane
 * never shows one language and then another. Guidance translations come with the classifier chunk
 * and may arrive later; until then guidance shows in English, as before.
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [table, setTable] = useState<{ locale: Locale; strings: UiStrings }>();
  const [loaded, setLoaded] = useState<{ locale: Locale; localize: LocalizeEntry }>();
  const strings = readyUiStrings(locale) ?? (table && table.locale === locale ? table.strings : undefined);
  useEffect(() => {
    if (readyUiStrings(locale)) return undefined;
    let live = true;
    void loadUiStrings(locale).then((s) => live && setTable({ locale, strings: s }));
    return () => {
      live = false;
    };
  }, [locale]);
  useEffect(() => {
    if (locale === "en") return undefined;
    let live = true;
    void entryLocalizer(locale).then((localize) => live && setLoaded({ locale, localize }));
    return () => {
      live = false;
    };
  }, [locale]);
  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = htmlLang(locale);
  }, [locale]);
  const localizeEntry = locale === "en" ? englishEntry : loaded && loaded.locale === locale ? loaded.localize : englishEntry;
  const value = useMemo<PaneStrings | undefined>(
    () => (strings ? { locale, t: translatorFor(strings), date: (v) => formatDate(v, intlLocale(locale)), localizeEntry } : undefined),
    [locale, strings, localizeEntry],
  );
  if (!value) return null;
  return <StringsContext.Provider value={value}>{children}</StringsContext.Provider>;
}
