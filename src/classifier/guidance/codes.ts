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

/** One part of a pattern as an inclusive numeric interval; a part that can match nothing is [1, 0]. */
export interface PartRange {
  lo: number;
  hi: number;
}

const NEVER: PartRange = { lo: 1, hi: 0 };
const ANY: PartRange = { lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY };

function parsePart(pattern: string): PartRange {
  if (pattern === "x" || pattern === "*") return ANY;
  const dash = pattern.indexOf("-");
  if (dash > 0) {
    const lo = Number(pattern.slice(0, dash));
    const hi = Number(pattern.slice(dash + 1));
    return Number.isFinite(lo) && Number.isFinite(hi) ? { lo, hi } : NEVER;
  }
  if (!/^\d{1,3}$/.test(pattern)) return NEVER;
  const n = Number(pattern);
  return { lo: n, hi: n };
}

/** A code pattern parsed once (the table's patterns are matched on every call). */
export interface CodePattern {
  /** class, subject, detail; undefined when the pattern isn't three dot-separated parts. */
  parts: [PartRange, PartRange, PartRange] | undefined;
}

export function parsePattern(pattern: string): CodePattern {
  const parts = pattern.trim().split(".");
  if (parts.length !== 3) return { parts: undefined };
  return { parts: [parsePart(parts[0]), parsePart(parts[1]), parsePart(parts[2])] };
}

function within(r: PartRange, value: number): boolean {
  return value >= r.lo && value <= r.hi;
}

export function patternMatches(p: CodePattern, code: StatusCode): boolean {
  return p.parts !== undefined && within(p.parts[0], code.cls) && within(p.parts[1], code.subject) && within(p.parts[2], code.detail);
}

/** The code text an exact pattern stands for ("5.7.01" → "5.7.1"), or undefined for ranges and wildcards. */
export function exactCodeOf(p: CodePattern): string | undefined {
  if (!p.parts || !p.parts.every((r) => r.lo === r.hi && Number.isFinite(r.lo))) return undefined;
  return p.parts.map((r) => String(r.lo)).join(".");
}

/** True when `code` is covered by `pattern` (exact, "a.b.c-d" range, or "x" wildcards). */
export function codeMatches(pattern: string, code: StatusCode): boolean {
  return patternMatches(parsePattern(pattern), code);
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
