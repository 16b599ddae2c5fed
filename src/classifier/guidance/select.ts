/**
 * Chooses the guidance entry for one failed recipient. Rules, strongest first:
 *   1. code and documented text agree with a specific entry  → confidence high
 *   2. the text alone names a specific entry                 → medium
 *   3. the code alone names a specific entry                 → medium
 *   4. a generic RFC 3463 row by class/subject/detail        → low
 * Rows disqualify themselves through their hints (`unless`, `host`), which is how the ndr-knowledge
 * §3.5 order (DBEB phrase first, TenantAttribution/ATTR36 → 5.7.64, third-party relay) is kept as
 * data. No prose lives here: `matched` quotes the table's own phrase or code.
 */
import type { Confidence, GuidanceEntry } from "../types";
import { codeMatches, codesInText, parseCode, patternSpecificity, type StatusCode } from "./codes";
import type { TableRow } from "./row";
import { containsAll, fragmentsOf, MAX_BODY_CHARS, MAX_DIAGNOSTIC_CHARS, mentionsMicrosoftHost, normalise } from "./text";

export interface GuidanceFactsLike {
  status?: unknown;
  reply?: unknown;
  diagnostic?: unknown;
  remoteMta?: unknown;
  reportingMta?: unknown;
  bodyText?: unknown;
}

export interface Selection {
  entry: GuidanceEntry;
  confidence: Confidence;
  matched: string;
}

/** Phrases shorter than this ("Message expired", "Sender denied") decide only together with the code. */
const SHORT_PHRASE = 16;

interface Phrase {
  /** As written in the table, for `matched`. */
  label: string;
  fragments: string[];
  /** Literal characters matched: placeholders like "[email@contoso.com]" don't make a phrase more specific. */
  weight: number;
  needsCode: boolean;
  weak: boolean;
}

interface CompiledRow {
  entry: GuidanceEntry;
  row: TableRow;
  order: number;
  phrases: Phrase[];
  unless: string[];
}

function compilePhrase(label: string, needsCode: boolean, weak: boolean): Phrase | undefined {
  const fragments = fragmentsOf(label);
  if (fragments.length === 0) return undefined;
  const longest = fragments.reduce((n, f) => Math.max(n, f.length), 0);
  // Digits or brackets ("AS(201806281)", "ATTR36") make even a short phrase distinctive.
  const plainWords = fragments.every((f) => /^[a-z ,.;:'-]*$/.test(f));
  const short = plainWords && longest < SHORT_PHRASE;
  const weight = fragments.reduce((n, f) => n + f.length, 0);
  return { label, fragments, weight, needsCode: needsCode || weak || short, weak };
}

export function compileRows(rows: readonly TableRow[], entries: readonly GuidanceEntry[]): CompiledRow[] {
  return rows.map((row, order) => {
    const hints = row.match ?? {};
    const phrases: Phrase[] = [];
    for (const t of [...(row.ndrTexts ?? []), ...(hints.phrases ?? [])]) {
      const p = compilePhrase(t, hints.textNeedsCode === true, false);
      if (p) phrases.push(p);
    }
    for (const t of hints.weakPhrases ?? []) {
      const p = compilePhrase(t, true, true);
      if (p) phrases.push(p);
    }
    return { entry: entries[order], row, order, phrases, unless: (hints.unless ?? []).map((u) => normalise(u, 200)) };
  });
}

/** The code to decide by: a specific Status wins; "X.0.0" gives way to the code in the reply text. */
function primaryCode(statusRaw: string, inText: StatusCode[], replyRaw: string): StatusCode | undefined {
  const status = parseCode(statusRaw);
  if (status && !(status.subject === 0 && status.detail === 0)) return status;
  const sameClass = inText.find((c) => !status || c.cls === status.cls);
  if (sameClass) return sameClass;
  if (status) return status;
  const reply = /^([245])\d\d$/.exec(replyRaw.trim());
  return reply ? parseCode(`${reply[1]}.0.0`) : undefined;
}

interface Candidate {
  c: CompiledRow;
  tier: number;
  confidence: Confidence;
  matched: string;
  phraseLength: number;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.tier !== b.tier) return a.tier > b.tier;
  // The longer (more specific) documented phrase wins, then the row's own rank.
  if (a.phraseLength !== b.phraseLength) return a.phraseLength > b.phraseLength;
  const ra = a.c.row.match?.rank ?? 0;
  const rb = b.c.row.match?.rank ?? 0;
  if (ra !== rb) return ra > rb;
  return a.c.order < b.c.order;
}

function rowCodeMatch(row: TableRow, codes: StatusCode[]): StatusCode | undefined {
  for (const code of codes) if (row.codes.some((p) => codeMatches(p, code))) return code;
  return undefined;
}

function bestPhrase(c: CompiledRow, haystack: string, codeOk: boolean): Phrase | undefined {
  let best: Phrase | undefined;
  for (const p of c.phrases) {
    if (p.needsCode && !codeOk) continue;
    if (!containsAll(haystack, p.fragments)) continue;
    if (!best || (best.weak && !p.weak) || (best.weak === p.weak && p.weight > best.weight)) best = p;
  }
  return best;
}

/**
 * One row against the facts. `unless` looks at every text (a DBEB phrase anywhere rules out the
 * relay reading); phrases are looked for in `texts` only.
 */
function specificCandidate(c: CompiledRow, texts: string[], allTexts: string[], codes: StatusCode[], microsoft: boolean): Candidate | undefined {
  const hints = c.row.match ?? {};
  if (hints.host === "microsoft" && !microsoft) return undefined;
  if (hints.host === "not-microsoft" && microsoft) return undefined;
  if (c.unless.some((u) => allTexts.some((t) => t.includes(u)))) return undefined;
  const code = rowCodeMatch(c.row, codes);
  let phrase: Phrase | undefined;
  for (const t of texts) {
    phrase = bestPhrase(c, t, code !== undefined);
    if (phrase) break;
  }
  if (code && phrase) {
    return { c, tier: phrase.weak ? 2.5 : 3, confidence: phrase.weak ? "low" : "high", matched: `${code.text} "${phrase.label}"`, phraseLength: phrase.weight };
  }
  if (phrase) return { c, tier: 2, confidence: "medium", matched: `"${phrase.label}"`, phraseLength: phrase.weight };
  if (code && !hints.noCodeOnly) return { c, tier: 1, confidence: "medium", matched: code.text, phraseLength: 0 };
  return undefined;
}

function bestCandidate(rows: CompiledRow[], texts: string[], allTexts: string[], codes: StatusCode[], microsoft: boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of rows) {
    if (c.row.generic) continue;
    const cand = specificCandidate(c, texts, allTexts, codes, microsoft);
    if (cand && better(cand, best)) best = cand;
  }
  return best;
}

function genericFallback(rows: CompiledRow[], code: StatusCode | undefined): Selection | undefined {
  let best: { c: CompiledRow; score: number; pattern: string } | undefined;
  for (const c of rows) {
    if (!c.row.generic) continue;
    if (!code) {
      if (c.row.codes.length === 0) return { entry: c.entry, confidence: "low", matched: "" };
      continue;
    }
    for (const p of c.row.codes) {
      if (!codeMatches(p, code)) continue;
      const score = patternSpecificity(p);
      if (!best || score > best.score) best = { c, score, pattern: p };
    }
  }
  return best ? { entry: best.c.entry, confidence: "low", matched: code ? code.text : "" } : undefined;
}

/** `fallback` is the code-less generic row, used when nothing else applies. */
export function select(rows: CompiledRow[], fallback: GuidanceEntry, facts: GuidanceFactsLike): Selection {
  const diagnostic = normalise(facts.diagnostic, MAX_DIAGNOSTIC_CHARS);
  const body = normalise(facts.bodyText, MAX_BODY_CHARS);
  // With no remote server named, the server that wrote the report is the one that refused (hub §4.1).
  const remote = normalise(facts.remoteMta, 512) || normalise(facts.reportingMta, 512);
  const statusRaw = typeof facts.status === "string" ? facts.status.slice(0, 32) : "";
  const replyRaw = typeof facts.reply === "string" ? facts.reply.slice(0, 8) : "";

  const inText = codesInText(diagnostic);
  const primary = primaryCode(statusRaw, inText, replyRaw);
  // The primary code decides; codes quoted later in a chained reply ("-> 554 5.7.1 …") don't.
  const codes = primary ? [primary] : [];
  const microsoft = mentionsMicrosoftHost(remote, diagnostic);
  const allTexts = body ? [diagnostic, body] : [diagnostic];

  // The reply text is trusted first. The report's prose (which may quote the original message)
  // counts only when the reply names nothing, and then only where it agrees with the code
  // (or there is no code at all).
  let best = bestCandidate(rows, [diagnostic], allTexts, codes, microsoft);
  if (body && (!best || best.tier < 2)) {
    const fromBody = bestCandidate(rows, [body], allTexts, codes, microsoft);
    const agrees = fromBody && (fromBody.tier >= 2.5 || (fromBody.tier === 2 && !primary));
    if (fromBody && agrees && better(fromBody, best)) best = fromBody;
  }
  if (best) return { entry: best.c.entry, confidence: best.confidence, matched: best.matched };

  // A subject RFC 3463 doesn't define (e.g. "5.9.9") still tells the class: use its "other" row.
  const classOnly = primary ? parseCode(`${primary.cls}.0.0`) : undefined;
  return (
    genericFallback(rows, primary) ??
    genericFallback(rows, classOnly) ?? { entry: fallback, confidence: "low", matched: primary ? primary.text : "" }
  );
}
