/**
 * Retry-After on Graph's 429 and 503 answers: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Graph sends seconds; a date is read too because proxies in front of it may rewrite the header.
 */

/** Without a Retry-After, wait this long before the first retry, doubling after. */
export const DEFAULT_RETRY_SECONDS = 2;
/** Retries of one request before giving up (so 4 attempts in all). */
export const MAX_RETRIES = 3;
/** Asked to wait longer than this, the pane says so and lets the user retry, rather than sit silent. */
export const MAX_WAIT_SECONDS = 30;

/** Seconds to wait, or undefined when the header is absent or unreadable. Never negative. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text), 24 * 60 * 60);
  // An HTTP date names its day and month ("Sun, 06 Dec 2026 03:04:16 GMT"); Date.parse would take "-5" for a year.
  if (!/^[A-Za-z]{3},/.test(text)) return undefined;
  const when = Date.parse(text);
  if (Number.isNaN(when)) return undefined;
  return Math.max(0, Math.ceil((when - now.getTime()) / 1000));
}

/** The wait before retry `attempt` (0-based) when Graph didn't say. */
export function backoffSeconds(attempt: number): number {
  return DEFAULT_RETRY_SECONDS * 2 ** attempt;
}
