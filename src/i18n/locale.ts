/**
 * Which language the pane speaks, and the pseudo-locale that tests use to find strings nobody
 * moved into the tables. Pure: runs in the pane, in Node and in tests.
 */

/** "qps" is the pseudo-locale: English transformed so that any untranslated text stands out. */
export type Locale = "en" | "fr" | "de" | "es" | "qps";

/** Office gives "fr-FR", "de-CH", "es-419", "qps-ploc"…; the pane has one table per language. */
export function pickLocale(displayLanguage: string | undefined): Locale {
  const tag = (displayLanguage ?? "").trim().toLowerCase().replace(/_/g, "-");
  if (tag === "qps" || tag.startsWith("qps-")) return "qps";
  const language = tag.split("-")[0];
  if (language === "fr" || language === "de" || language === "es") return language;
  return "en";
}

/** The value for <html lang>: screen readers pick their voice from it. */
export function htmlLang(locale: Locale): string {
  return locale === "qps" ? "qps-ploc" : locale;
}

/** The BCP 47 tag Intl gets for dates and numbers (the pseudo-locale formats like English). */
export function intlLocale(locale: Locale): string {
  return locale === "qps" ? "en" : locale;
}

const ACCENTED: Record<string, string> = {
  a: "à",
  b: "ƀ",
  c: "ç",
  d: "ð",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "î",
  j: "ĵ",
  k: "ķ",
  l: "ļ",
  m: "ɱ",
  n: "ñ",
  o: "ô",
  p: "þ",
  q: "ǫ",
  r: "ŕ",
  s: "š",
  t: "ţ",
  u: "û",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
  A: "À",
  B: "Ɓ",
  C: "Ç",
  D: "Ð",
  E: "É",
  F: "Ƒ",
  G: "Ĝ",
  H: "Ĥ",
  I: "Î",
  J: "Ĵ",
  K: "Ķ",
  L: "Ļ",
  M: "Ṁ",
  N: "Ñ",
  O: "Ô",
  P: "Þ",
  Q: "Ǫ",
  R: "Ŕ",
  S: "Š",
  T: "Ţ",
  U: "Û",
  V: "Ṽ",
  W: "Ŵ",
  X: "Ẋ",
  Y: "Ý",
  Z: "Ž",
};

/** Placeholders ({name}) must survive: the formatter fills them after the transformation. */
const PLACEHOLDER = /(\{[A-Za-z0-9_]+\})/;

/**
 * "What you can do" → "[Ŵĥàţ ýôû çàñ ðô ~~~~]": accents show text that skipped the tables,
 * the brackets show text that was cut or concatenated, the padding (~30 %) shows layouts that
 * break when German or French run longer.
 */
export function pseudoLocalize(text: string): string {
  if (text === "") return text;
  const parts = text.split(PLACEHOLDER);
  const body = parts.map((part) => (PLACEHOLDER.test(part) ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch))).join("");
  const padding = "~".repeat(Math.max(1, Math.round(text.length * 0.3)));
  return `[${body} ${padding}]`;
}
