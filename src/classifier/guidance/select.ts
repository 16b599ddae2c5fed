/**
 * Chooses the guidance entry for one failed recipient. Rules, strongest first:
 *   1. code and documented text agree with a specific entry  → confidence high
 *   2. the text alone names a specific entry                 → medium
 *   3. the code alone names a specific entry                 → medium
 *   4. a generic RFC 3463 row by class/subject/detail        → low
 * Rows disqualify themselves through their hints (`unless`, `host`), which is how the ndr-knowledge
 * §3.5 order (DBEB phrase first, TenantAttribution/ATTR36 → 5.7.64, third-party relay) is kept as
 * data. No prose lives here: `matched` quotes the table's own phrase or code.
 *
 * Speed (the engine asks once per failed recipient): the table is compiled once (compile-table.ts)
 * into one automaton over every phrase fragment and an index from code to rows, so a call scans
 * each text once and then weighs only the rows its code or its text can select.
 */
import { isMicrosoftHost, mentionsMicrosoftHost } from "../mail/microsoftHost";
import type { Confidence, GuidanceEntry } from "../types";
import { codesInText, parseCode, type StatusCode } from "./codes";
import { compileTable, type CompiledRow, type CompiledTable, type Phrase } from "./compile-table";
import { codeOnlyFitsProvider } from "./provider";
import type { TableRow } from "./row";
import { lowerCase, MAX_BODY_CHARS, MAX_DIAGNOSTIC_CHARS } from "./text";
import { TextHits } from "./text-hits";

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
  by: "phrase" | "code" | "class";
}

export function compileRows(rows: readonly TableRow[], entries: readonly GuidanceEntry[]): CompiledTable {
  return compileTable(rows, entries);
}

/** The code to decide by: a specific Status wins; "X.0.0" gives way to the code in the reply text. */
function primaryCode(statusRaw: string, diagnostic: string, replyRaw: string): StatusCode | undefined {
  const status = parseCode(statusRaw);
  if (status && !(status.subject === 0 && status.detail === 0)) return status;
  const sameClass = codesInText(diagnostic).find((c) => !status || c.cls === status.cls);
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

/** A strict total order (the row's table position breaks every tie), so the order rows are weighed in doesn't matter. */
function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.tier !== b.tier) return a.tier > b.tier;
  // The longer (more specific) documented phrase wins, then the row's own rank.
  if (a.phraseLength !== b.phraseLength) return a.phraseLength > b.phraseLength;
  if (a.c.rank !== b.c.rank) return a.c.rank > b.c.rank;
  return a.c.order < b.c.order;
}

function bestPhrase(c: CompiledRow, text: TextHits, codeOk: boolean): Phrase | undefined {
  let best: Phrase | undefined;
  for (const p of c.phrases) {
    if (p.needsCode && !codeOk) continue;
    if (!text.hasAll(p.fragments)) continue;
    if (!best || (best.weak && !p.weak) || (best.weak === p.weak && p.weight > best.weight)) best = p;
  }
  return best;
}

/**
 * What one call knows, shared by the reply-text pass and the body pass. A class rather than
 * closures: nothing is allocated per call beyond this object and the hit lists.
 */
class CallFacts {
  private bodyHits: TextHits | undefined;

  constructor(
    readonly table: CompiledTable,
    readonly diagnostic: TextHits,
    private readonly bodyText: string,
    readonly code: StatusCode | undefined,
    readonly codeRows: readonly number[],
    readonly codeRowSet: ReadonlySet<number>,
    readonly microsoft: boolean,
    /** A refusing or reporting server is named (see provider.ts). */
    readonly hostNamed: boolean,
  ) {}

  /** Scanned only when a row's `unless` or the body pass needs it. */
  body(): TextHits | undefined {
    if (!this.bodyText) return undefined;
    this.bodyHits ??= this.table.scan(this.bodyText, 1);
    return this.bodyHits;
  }
}

/**
 * One row against the facts. `unless` looks at every text (a DBEB phrase anywhere rules out the
 * relay reading); phrases are looked for in `text` only.
 */
function specificCandidate(c: CompiledRow, text: TextHits, f: CallFacts): Candidate | undefined {
  if (c.host === "microsoft" && !f.microsoft) return undefined;
  if (c.host === "not-microsoft" && f.microsoft) return undefined;
  if (c.unless.length > 0) {
    if (f.diagnostic.hasAny(c.unless)) return undefined;
    const body = f.body();
    if (body && body.hasAny(c.unless)) return undefined;
  }
  const code = f.code && f.codeRowSet.has(c.order) ? f.code : undefined;
  const phrase = bestPhrase(c, text, code !== undefined);
  if (code && phrase) {
    return { c, tier: phrase.weak ? 2.5 : 3, confidence: phrase.weak ? "low" : "high", matched: `${code.text} "${phrase.label}"`, phraseLength: phrase.weight };
  }
  if (phrase) return { c, tier: 2, confidence: "medium", matched: `"${phrase.label}"`, phraseLength: phrase.weight };
  if (code && !c.noCodeOnly && (!c.codeOnlyNeedsMicrosoft || f.microsoft) && codeOnlyFitsProvider(c.entry, f.microsoft, f.hostNamed))
    return { c, tier: 1, confidence: "medium", matched: code.text, phraseLength: 0 };
  return undefined;
}

/**
 * How many rows calls have weighed, for tests and the benchmark: the indexes' whole point is
 * that a call weighs a handful of rows, not the table, and a count says so without a clock.
 */
export const matcherWork = { rowsWeighed: 0 };

function weigh(row: number, text: TextHits, f: CallFacts, best: Candidate | undefined): Candidate | undefined {
  matcherWork.rowsWeighed++;
  const cand = specificCandidate(f.table.rows[row], text, f);
  return cand && better(cand, best) ? cand : best;
}

/** Only rows the code covers or whose phrase fragments occur in `text` can give a candidate. */
function bestCandidate(text: TextHits, f: CallFacts): Candidate | undefined {
  let best: Candidate | undefined;
  for (const row of f.codeRows) best = weigh(row, text, f, best);
  // A handful of rows at most: a list is cheaper than a set here.
  const reached: number[] = [];
  for (const id of text.found) {
    for (const row of f.table.rowsByFragment[id]) {
      if (f.codeRowSet.has(row) || reached.includes(row)) continue;
      reached.push(row);
      best = weigh(row, text, f, best);
    }
  }
  return best;
}

const NO_ROWS: ReadonlySet<number> = new Set();

/** `fallback` is the code-less generic row, used when nothing else applies. */
export function select(table: CompiledTable, fallback: GuidanceEntry, facts: GuidanceFactsLike): Selection {
  // Lower-cased but not whitespace-folded: the automaton folds as it scans, and the code and host
  // checks below look for strings without whitespace, which folding can't create or break.
  const diagnostic = lowerCase(facts.diagnostic, MAX_DIAGNOSTIC_CHARS);
  const bodyText = lowerCase(facts.bodyText, MAX_BODY_CHARS);
  // With no remote server named, the server that wrote the report is the one that refused (hub §4.1).
  const remote = lowerCase(facts.remoteMta, 512) || lowerCase(facts.reportingMta, 512);
  const statusRaw = typeof facts.status === "string" ? facts.status.slice(0, 32) : "";
  const replyRaw = typeof facts.reply === "string" ? facts.reply.slice(0, 8) : "";

  // The primary code decides; codes quoted later in a chained reply ("-> 554 5.7.1 …") don't.
  const primary = primaryCode(statusRaw, diagnostic, replyRaw);
  const lookup = primary ? table.codes.lookup(primary) : undefined;
  const f = new CallFacts(
    table,
    table.scan(diagnostic, 0),
    bodyText,
    primary,
    lookup?.specific ?? [],
    lookup?.specificSet ?? NO_ROWS,
    isMicrosoftHost(remote) || mentionsMicrosoftHost(diagnostic),
    remote !== "",
  );

  // The reply text is trusted first. The report's prose (which may quote the original message)
  // counts only when the reply names nothing, and then only where it agrees with the code
  // (or there is no code at all).
  let best = bestCandidate(f.diagnostic, f);
  if (bodyText && (!best || best.tier < 2)) {
    const fromBody = bestCandidate(f.body() ?? f.diagnostic, f);
    const agrees = fromBody && (fromBody.tier >= 2.5 || (fromBody.tier === 2 && !primary));
    if (fromBody && agrees && better(fromBody, best)) best = fromBody;
  }
  if (best) return { entry: best.c.entry, confidence: best.confidence, matched: best.matched, by: best.tier >= 2 ? "phrase" : "code" };

  if (!primary) {
    const noCode = table.noCodeGeneric;
    return { entry: noCode !== undefined ? table.rows[noCode].entry : fallback, confidence: "low", matched: "", by: "class" };
  }
  // A subject RFC 3463 doesn't define (e.g. "5.9.9") still tells the class: use its "other" row.
  // A generic row may be meant for one side only (5.4.1 from Microsoft's servers or from others).
  const hostFits = (row: number): boolean => {
    const host = table.rows[row].host;
    return host === undefined || (host === "microsoft") === f.microsoft;
  };
  const byCode = lookup?.generics.find(hostFits);
  if (byCode !== undefined) return { entry: table.rows[byCode].entry, confidence: "low", matched: primary.text, by: "class" };
  const classOnly = parseCode(`${primary.cls}.0.0`);
  const byClass = classOnly ? table.codes.lookup(classOnly).generics.find(hostFits) : undefined;
  if (classOnly && byClass !== undefined) return { entry: table.rows[byClass].entry, confidence: "low", matched: classOnly.text, by: "class" };
  return { entry: fallback, confidence: "low", matched: primary.text, by: "class" };
}
