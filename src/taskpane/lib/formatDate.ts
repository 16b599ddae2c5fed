/**
 * Dates are shown as the message gave them when they can't be parsed: an odd Date header must
 * still be visible (it helps tell two bounces apart), never turned into "Invalid Date".
 * `locale` is a BCP 47 tag for Intl; undefined means the browser's own.
 */
export function formatDate(value: string | undefined, locale?: string): string | undefined {
  if (!value) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return value;
  try {
    return parsed.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
  } catch {
    return parsed.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  }
}
