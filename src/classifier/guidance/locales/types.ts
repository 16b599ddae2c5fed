/** The shape of a guidance translation, shared with the pane (see the localisation contract). */

/** Translated prose of one entry; arrays are matched to the English entry by index. */
export interface EntryTranslation {
  title?: string;
  cause?: string;
  userSteps?: string[];
  adminSteps?: { text?: string; whereLabel?: string }[];
}

/** Entry id → its translation. */
export type GuidanceTranslations = Record<string, EntryTranslation>;

/** Locales whose guidance is translated (English is the table itself; "qps" is derived). */
export type TranslatedLocale = "fr" | "de" | "es";
