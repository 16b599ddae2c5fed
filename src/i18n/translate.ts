/**
 * `t(key, params)`: the one way pane code turns a key into text. Pure, so the forward builder,
 * the announcement and other non-React code take a Translate as an argument.
 */
import type { Locale } from "./locale";
import { type UiKey, type UiStrings, uiStrings } from "./ui";

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: UiKey, params?: Params) => string;

/**
 * Fills {name} placeholders. A value is inserted as is (never re-scanned), so message content
 * that happens to contain "{x}" stays literal; an unknown placeholder stays visible.
 */
export function format(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function translatorFor(strings: UiStrings): Translate {
  return (key, params) => format(strings[key] ?? key, params);
}

/**
 * French, German and Spanish load on demand (`loadUiStrings` in ./ui): until a table has loaded
 * this translates into English. The pane waits for the table (LocaleProvider) before it renders.
 */
export function translator(locale: Locale): Translate {
  return translatorFor(uiStrings(locale));
}

/** For callers outside the pane (tests, defaults): the English the tables started from. */
export const englishT: Translate = translator("en");
