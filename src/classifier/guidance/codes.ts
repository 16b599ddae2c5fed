/**
 * Enhanced status code handling (RFC 3463 "class.subject.detail"): parsing, and matching a code
 * against the table's code patterns: exact ("5.4.1"), numeric ranges ("5.7.606-649") and
 * wildcards ("5.1.x", "5.x.x") used by the generic fallback rows.
 */

export interface StatusCode {
  cls: number;
  subject: number;
  detail: number;
  text: string;
}

const CODE_EXACT = /^([245])\.(\d{1,3})\.(\d{1,3})$/;
// Bounded repetitions and no nesting: linear on any input.
const CODE_IN_TEXT = /(^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d])/g;
/** Diagnostics are scanned for at most this many codes; real replies hold one to three. */
const MAX_CODES_IN_TEXT = 8;

export function parseCode(value: string): StatusCode | undefined {
  const m = CODE_EXACT.exec(value.trim());
  if (!m) return undefined;
  return { cls: Number(m[1]), subject: Number(m[2]), detail: Number(m[3]), text: `${m[1]}.${Number(m[2])}.${Number(m[3])}` };
}

/** Codes written inside a reply text, in order of appearance. */
export function codesInText(text: string): StatusCode[] {
  const found: StatusCode[] = [];
  CODE_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (found.length < MAX_CODES_IN_TEXT && (m = CODE_IN_TEXT.exec(text)) !== null) {
    const code = parseCode(`${m[2]}.${m[3]}.${m[4]}`);
    if (code) found.push(code);
  }
  return found;
}

function partMatches(pattern: string, value: number): boolean {
  if (pattern === "x" || pattern === "*") return true;
  const dash = pattern.indexOf("-");
  if (dash > 0) {
    const lo = Number(pattern.slice(0, dash));
    const hi = Number(pattern.slice(dash + 1));
    return Number.isFinite(lo) && Number.isFinite(hi) && value >= lo && value <= hi;
  }
  return /^\d{1,3}$/.test(pattern) && Number(pattern) === value;
}

/** True when `code` is covered by `pattern` (exact, "a.b.c-d" range, or "x" wildcards). */
export function codeMatches(pattern: string, code: StatusCode): boolean {
  const parts = pattern.trim().split(".");
  if (parts.length !== 3) return false;
  return partMatches(parts[0], code.cls) && partMatches(parts[1], code.subject) && partMatches(parts[2], code.detail);
}

/** How specific a pattern is: exact codes beat ranges, ranges beat wildcards. */
export function patternSpecificity(pattern: string): number {
  const parts = pattern.split(".");
  let score = 0;
  for (const p of parts) {
    if (p === "x" || p === "*") continue;
    score += p.includes("-") ? 1 : 2;
  }
  return score;
}
