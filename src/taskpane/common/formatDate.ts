/**
 * Dates are shown as the message gave them when they can't be parsed: an odd Date header must
 * still be visible (it helps tell two bounces apart), never turned into "Invalid Date".
 * `locale` is a BCP 47 tag for Intl; undefined means the browser's own.
 */
const OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };

/**
 * One formatter per locale: Date.toLocaleString with options builds a new one on every call.
 * Keyed by the tags intlLocale() gives (a handful); the cap only guards against odd callers.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 16;

function formatterFor(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? "";
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, OPTIONS);
    } catch {
      // An unknown tag (RangeError): the browser's own language, as before.
      formatter = new Intl.DateTimeFormat(undefined, OPTIONS);
    }
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDate(value: string | undefined, locale?: string): string | undefined {
  if (!value) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return value;
  return formatterFor(locale).format(parsed);
}

/**
 * Builds the formatter ahead of the first diagnosis. The first Intl date format in a page loads
 * the ICU date data, 15–25 ms in Chromium: paid while office.js starts, it isn't paid between
 * Office.onReady and the diagnosis (whose banner shows the message's date).
 */
export function prepareDateFormat(locale: string | undefined): void {
  formatterFor(locale).format(0);
}
