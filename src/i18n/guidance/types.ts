/** The shape of a guidance translation, shared with the pane (see the localisation contract). */

/** Translated prose of one admin step; commands, URLs and the audience are never translated. */
export interface StepTranslation {
  text?: string;
  whereLabel?: string;
  condition?: string;
}

/** Translated prose of one entry; arrays are matched to the English entry by index. */
export interface EntryTranslation {
  title?: string;
  headline?: string;
  cause?: string;
  detail?: string;
  tellRecipient?: string;
  userSteps?: string[];
  adminSteps?: StepTranslation[];
}

/** Entry id → its translation. */
export type GuidanceTranslations = Record<string, EntryTranslation>;

/** Locales whose guidance is translated (English is the table itself; "qps" is derived). */
export type TranslatedLocale = "fr" | "de" | "es";
