/**
 * Trimming by index scans. A regex like `/[ \t]+$/` or `/[.]+$/` retries the whole run from each
 * of its positions when something other than the end follows it, which is quadratic in the run's
 * length: hostile messages hold runs of millions of spaces, dots or dashes.
 */

/** True for the characters to strip. */
export type CharTest = (code: number) => boolean;

export const isSpaceOrTab: CharTest = (c) => c === 32 || c === 9;
/** Exactly what `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export const isWhitespace: CharTest = (c) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
export const isDot: CharTest = (c) => c === 46;

/** `s` without the leading and trailing characters `strip` accepts. */
export function trimBy(s: string, strip: CharTest): string {
  let start = 0;
  let end = s.length;
  while (start < end && strip(s.charCodeAt(start))) start++;
  while (end > start && strip(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** `s` without the trailing characters `strip` accepts. */
export function trimEndBy(s: string, strip: CharTest): string {
  let end = s.length;
  while (end > 0 && strip(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without the leading characters `strip` accepts. */
export function trimStartBy(s: string, strip: CharTest): string {
  let start = 0;
  while (start < s.length && strip(s.charCodeAt(start))) start++;
  return start === 0 ? s : s.slice(start);
}
