/**
 * The guidance table prepared once, at module load, for the matcher: each row's phrases folded
 * and split into fragment ids, one automaton over all fragments and `unless` strings, an index
 * from a fragment to the rows it can select, and an index from status code to rows.
 */
import type { GuidanceEntry } from "../types";
import { CodeIndex } from "./code-index";
import { PhraseAutomaton } from "./phrase-automaton";
import type { TableRow } from "./row";
import { fragmentsOf, normalise } from "./text";
import { TextHits } from "./text-hits";

/** Phrases shorter than this ("Message expired", "Sender denied") decide only together with the code. */
const SHORT_PHRASE = 16;

export interface Phrase {
  /** As written in the table, for `matched`. */
  label: string;
  /** Automaton ids of the literal fragments that must all occur. */
  fragments: number[];
  /** Literal characters matched: placeholders like "[email@contoso.com]" don't make a phrase more specific. */
  weight: number;
  needsCode: boolean;
  weak: boolean;
}

export interface CompiledRow {
  entry: GuidanceEntry;
  order: number;
  phrases: Phrase[];
  /** Automaton ids of the `unless` strings. */
  unless: number[];
  host: "microsoft" | "not-microsoft" | undefined;
  noCodeOnly: boolean;
  codeOnlyNeedsMicrosoft: boolean;
  rank: number;
  generic: boolean;
}

export interface CompiledTable {
  rows: CompiledRow[];
  codes: CodeIndex;
  /** Fragment id → non-generic rows that have a phrase starting with that fragment, in table order. */
  rowsByFragment: number[][];
  /** The first generic row without codes (the "no code at all" answer). */
  noCodeGeneric: number | undefined;
  /** Scans `text` into the reusable hit set `slot` (0 reply text, 1 body); the previous hits of that slot are void. */
  scan(text: string, slot: 0 | 1): TextHits;
}

interface PhraseText {
  label: string;
  fragments: string[];
  needsCode: boolean;
  weak: boolean;
}

function phraseText(label: string, needsCode: boolean, weak: boolean): PhraseText | undefined {
  const fragments = fragmentsOf(label);
  if (fragments.length === 0) return undefined;
  const longest = fragments.reduce((n, f) => Math.max(n, f.length), 0);
  // Digits or brackets ("AS(201806281)", "ATTR36") make even a short phrase distinctive.
  const plainWords = fragments.every((f) => /^[a-z ,.;:'-]*$/.test(f));
  const short = plainWords && longest < SHORT_PHRASE;
  return { label, fragments, needsCode: needsCode || weak || short, weak };
}

function rowPhrases(row: TableRow): PhraseText[] {
  const hints = row.match ?? {};
  const out: PhraseText[] = [];
  for (const t of [...(row.ndrTexts ?? []), ...(hints.phrases ?? [])]) {
    const p = phraseText(t, hints.textNeedsCode === true, false);
    if (p) out.push(p);
  }
  for (const t of hints.weakPhrases ?? []) {
    const p = phraseText(t, true, true);
    if (p) out.push(p);
  }
  return out;
}

export function compileTable(rows: readonly TableRow[], entries: readonly GuidanceEntry[]): CompiledTable {
  const texts = rows.map(rowPhrases);
  const unlessTexts = rows.map((row) => (row.match?.unless ?? []).map((u) => normalise(u, 200)));
  const automaton = new PhraseAutomaton([...texts.flat().flatMap((p) => p.fragments), ...unlessTexts.flat()]);

  const compiled: CompiledRow[] = rows.map((row, order) => ({
    entry: entries[order],
    order,
    phrases: texts[order].map((p) => ({
      label: p.label,
      fragments: p.fragments.map((f) => automaton.idOf(f)),
      weight: p.fragments.reduce((n, f) => n + f.length, 0),
      needsCode: p.needsCode,
      weak: p.weak,
    })),
    unless: unlessTexts[order].map((u) => automaton.idOf(u)),
    host: row.match?.host,
    noCodeOnly: row.match?.noCodeOnly === true,
    codeOnlyNeedsMicrosoft: row.match?.codeOnlyHost === "microsoft",
    rank: row.match?.rank ?? 0,
    generic: row.generic === true,
  }));

  // A phrase matches only if all its fragments occur, so its first fragment is enough to reach it.
  const rowsByFragment: number[][] = Array.from({ length: automaton.size }, () => []);
  for (const c of compiled) {
    if (c.generic) continue;
    for (const p of c.phrases) {
      const list = rowsByFragment[p.fragments[0]];
      if (list[list.length - 1] !== c.order) list.push(c.order);
    }
  }

  const noCode = compiled.find((c) => c.generic && rows[c.order].codes.length === 0);
  const seen = [new Uint32Array(automaton.size), new Uint32Array(automaton.size)];
  const marks = [0, 0];
  return {
    rows: compiled,
    codes: new CodeIndex(rows),
    rowsByFragment,
    noCodeGeneric: noCode?.order,
    scan(text: string, slot: 0 | 1): TextHits {
      // A fresh mark voids the slot's previous hits without clearing the array.
      if (marks[slot] === 0xffffffff) {
        seen[slot].fill(0);
        marks[slot] = 0;
      }
      const hits = new TextHits(seen[slot], ++marks[slot]);
      automaton.scan(text, seen[slot], marks[slot], hits.found);
      return hits;
    },
  };
}
