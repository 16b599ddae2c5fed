/**
 * The UI tables. English is static (it is the fallback and the pseudo-locale's source); French,
 * German and Spanish are separate chunks loaded with import() before the pane first renders in
 * that language, so the first view carries one table, not four.
 */
import { type Locale, pseudoLocalize } from "../locale";
import { en, type UiKey, type UiStrings } from "./en";

export { en, type UiKey, type UiStrings };

type LoadedLocale = "fr" | "de" | "es";

let pseudo: UiStrings | undefined;
const loaded = new Map<LoadedLocale, UiStrings>();
const pending = new Map<LoadedLocale, Promise<UiStrings>>();

/** Derived once, on first use: only tests and screenshot runs ask for it. */
function pseudoStrings(): UiStrings {
  if (!pseudo) pseudo = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudoLocalize(v)])) as Record<UiKey, string>;
  return pseudo;
}

function fetchTable(locale: LoadedLocale): Promise<UiStrings> {
  // One literal import() per language: webpack can only split what it sees statically.
  switch (locale) {
    case "fr":
      return import(/* webpackChunkName: "ui-fr" */ "./fr").then((m) => m.fr);
    case "de":
      return import(/* webpackChunkName: "ui-de" */ "./de").then((m) => m.de);
    case "es":
      return import(/* webpackChunkName: "ui-es" */ "./es").then((m) => m.es);
  }
}

/** The table, when it needs no loading or has loaded; undefined while a language is still on its way. */
export function readyUiStrings(locale: Locale): UiStrings | undefined {
  if (locale === "en") return en;
  if (locale === "qps") return pseudoStrings();
  return loaded.get(locale);
}

/**
 * Loads a language's table (once). Never rejects: a chunk that can't be fetched resolves to
 * English, because a pane in the wrong language still explains the bounce; a pane that never
 * renders doesn't. A failed load isn't remembered, so the next call tries again.
 */
export function loadUiStrings(locale: Locale): Promise<UiStrings> {
  const ready = readyUiStrings(locale);
  if (ready) return Promise.resolve(ready);
  const lang = locale as LoadedLocale;
  let request = pending.get(lang);
  if (!request) {
    request = fetchTable(lang).then(
      (table) => {
        loaded.set(lang, table);
        return table;
      },
      () => {
        pending.delete(lang);
        return en;
      },
    );
    pending.set(lang, request);
  }
  return request;
}

/** The table for `locale` if it is ready, English otherwise (callers that must not wait; see loadUiStrings). */
export function uiStrings(locale: Locale): UiStrings {
  return readyUiStrings(locale) ?? en;
}
