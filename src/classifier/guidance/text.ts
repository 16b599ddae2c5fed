/**
 * Text normalisation and phrase preparation for the matcher. Everything here is linear in the
 * input: lower-casing, one whitespace-collapsing pass, and plain `includes` checks. The folded
 * text is searched for all phrases at once by phrase-automaton.ts.
 */

/**
 * A reply text longer than this is cut before matching. Real SMTP replies are a few hundred
 * characters; a hostile 1 MB "diagnostic" must not cost more than one bounded scan.
 */
export const MAX_DIAGNOSTIC_CHARS = 16_384;
/** Report bodies are longer (they quote headers); the cause is always near the top. */
export const MAX_BODY_CHARS = 65_536;

/** Lower-cased and whitespace-folded: the form the table's phrases are compiled in. */
export function normalise(value: unknown, limit: number): string {
  return lowerCase(value, limit).replace(/\s+/g, " ");
}

/**
 * The message side: lower-cased only. The phrase automaton folds whitespace as it scans, and the
 * other checks on message text (codes, host names) don't depend on how whitespace is written.
 */
export function lowerCase(value: unknown, limit: number): string {
  if (typeof value !== "string" || value.length === 0) return "";
  return value.slice(0, limit).toLowerCase();
}

// Placeholders in Microsoft's documented texts: <domain>, [$SenderIPAddress], $range, [IP1.IP2…], XXX, YYY.
const PLACEHOLDER = /<[^<>]{0,60}>|\[[^[\]]{0,80}\]|\$[A-Za-z]{1,40}|\bXXX\b|\bYYY\b/g;
/** Fragments shorter than this carry no meaning on their own ("of", "range", ","). */
const MIN_FRAGMENT = 4;

/**
 * Turns a documented NDR text into the literal fragments that must all appear in a reply for it
 * to match; the placeholders between them are whatever the real message put there.
 */
export function fragmentsOf(ndrText: string): string[] {
  return ndrText
    .split(PLACEHOLDER)
    .map((f) =>
      normalise(f, MAX_DIAGNOSTIC_CHARS)
        .trim()
        .replace(/^[\s,.;:]+|[\s,.;:]+$/g, ""),
    )
    .filter((f) => f.length >= MIN_FRAGMENT);
}
