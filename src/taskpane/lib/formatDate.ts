/**
 * Dates are shown as the message gave them when they can't be parsed: an odd Date header must
 * still be visible (it helps tell two bounces apart), never turned into "Invalid Date".
 */
export function formatDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return value;
  return parsed.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
