import { type Locale, pseudoLocalize } from "../locale";
import { de } from "./de";
import { en, type UiKey, type UiStrings } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export { en, type UiKey, type UiStrings };

let pseudo: UiStrings | undefined;

/** Derived once, on first use: only tests and screenshot runs ask for it. */
function pseudoStrings(): UiStrings {
  if (!pseudo) pseudo = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudoLocalize(v)])) as Record<UiKey, string>;
  return pseudo;
}

export function uiStrings(locale: Locale): UiStrings {
  switch (locale) {
    case "fr":
      return fr;
    case "de":
      return de;
    case "es":
      return es;
    case "qps":
      return pseudoStrings();
    default:
      return en;
  }
}
