import { type ReactNode, createContext, useContext, useEffect, useMemo, useState } from "react";
import { type LocalizeEntry, identityEntry, immediateEntryLocalizer, loadEntryLocalizer } from "../../i18n/guidance";
import { type Locale, htmlLang, intlLocale } from "../../i18n/locale";
import { type Translate, englishT, translator } from "../../i18n/translate";
import { formatDate } from "../lib/formatDate";

export interface PaneStrings {
  locale: Locale;
  /** Key → text in the pane's language, {placeholders} filled. */
  t: Translate;
  /** Dates as the reader writes them; unparsable ones as the message gave them. */
  date(value: string | undefined): string | undefined;
  /** A guidance entry in the pane's language (English until its translations have loaded). */
  localizeEntry: LocalizeEntry;
}

const english: PaneStrings = { locale: "en", t: englishT, date: (v) => formatDate(v, "en"), localizeEntry: identityEntry };

const StringsContext = createContext<PaneStrings>(english);

/** Components read their text through this; outside a provider they get English. */
export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [loaded, setLoaded] = useState<{ locale: Locale; localize: LocalizeEntry }>();
  const immediate = immediateEntryLocalizer(locale);
  useEffect(() => {
    if (immediateEntryLocalizer(locale)) return undefined;
    let live = true;
    void loadEntryLocalizer(locale).then((localize) => live && setLoaded({ locale, localize }));
    return () => {
      live = false;
    };
  }, [locale]);
  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = htmlLang(locale);
  }, [locale]);
  const localizeEntry = immediate ?? (loaded && loaded.locale === locale ? loaded.localize : identityEntry);
  const value = useMemo<PaneStrings>(
    () => ({ locale, t: translator(locale), date: (v) => formatDate(v, intlLocale(locale)), localizeEntry }),
    [locale, localizeEntry],
  );
  return <StringsContext.Provider value={value}>{children}</StringsContext.Provider>;
}
