/**
 * The evidence notes' and reading warnings' sentences for the pane's language. In English there is
 * nothing to fetch (the classifier's notes are English); another language, the pseudo-locale
 * included, arrives as its own chunk, and until then (or if it can't be fetched) the English shows.
 */
import { useEffect, useState } from "react";
import { type EvidenceTexts, immediateEvidenceTexts, loadEvidenceTexts } from "../../i18n/evidence";
import type { Locale } from "../../i18n/locale";
import { useStrings } from "../i18n/LocaleProvider";

export function useEvidenceTexts(): EvidenceTexts | undefined {
  const { locale } = useStrings();
  const english = locale === "en";
  const immediate = english ? undefined : immediateEvidenceTexts(locale);
  const [loaded, setLoaded] = useState<{ locale: Locale; texts: EvidenceTexts }>();
  useEffect(() => {
    if (locale === "en" || immediateEvidenceTexts(locale)) return undefined;
    let live = true;
    void loadEvidenceTexts(locale).then((texts) => {
      if (live) setLoaded({ locale, texts });
    });
    return () => {
      live = false;
    };
  }, [locale]);
  if (english) return undefined;
  return immediate ?? (loaded && loaded.locale === locale ? loaded.texts : undefined);
}
