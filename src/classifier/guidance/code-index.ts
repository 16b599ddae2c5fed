/**
 * Which table rows a status code can select, worked out once per table and once per distinct code.
 * Exact patterns ("5.4.1") go into a map; only ranges and wildcards (a couple of dozen) are
 * tested one by one, and each code's answer is kept, since a few hundred codes cover real mail.
 */
import { exactCodeOf, parsePattern, patternMatches, patternSpecificity, type CodePattern, type StatusCode } from "./codes";

interface PatternRef {
  row: number;
  /** Position among the row's codes: on equal specificity the earlier pattern wins. */
  index: number;
  pattern: CodePattern;
  specificity: number;
}

export interface CodeLookup {
  /** Non-generic rows with a pattern covering the code, in table order. */
  specific: readonly number[];
  /** The same rows, for membership tests. */
  specificSet: ReadonlySet<number>;
  /** The generic row whose most specific covering pattern is the most specific of all (earliest on ties). */
  generic: number | undefined;
  /** Every generic row covering the code, most specific first (table order on ties): a row's host hint may rule it out. */
  generics: readonly number[];
}

export interface IndexedRow {
  codes: readonly string[];
  generic?: boolean;
}

/** Distinct codes remembered; past this the memo starts again (hostile input can't grow it without bound). */
const MEMO_LIMIT = 4096;

export class CodeIndex {
  private readonly exact = new Map<string, PatternRef[]>();
  private readonly loose: PatternRef[] = [];
  private readonly generic: boolean[];
  private readonly memo = new Map<string, CodeLookup>();

  constructor(rows: readonly IndexedRow[]) {
    this.generic = rows.map((r) => r.generic === true);
    rows.forEach((r, row) => {
      r.codes.forEach((text, index) => {
        const pattern = parsePattern(text);
        const ref: PatternRef = { row, index, pattern, specificity: patternSpecificity(text) };
        const key = exactCodeOf(pattern);
        if (key === undefined) this.loose.push(ref);
        else {
          const list = this.exact.get(key);
          if (list) list.push(ref);
          else this.exact.set(key, [ref]);
        }
      });
    });
  }

  lookup(code: StatusCode): CodeLookup {
    const known = this.memo.get(code.text);
    if (known) return known;
    const refs = [...(this.exact.get(code.text) ?? []), ...this.loose.filter((r) => patternMatches(r.pattern, code))];
    // Table order decides ties, so the refs are put back in (row, position) order.
    refs.sort((a, b) => a.row - b.row || a.index - b.index);
    const specific: number[] = [];
    const best = new Map<number, PatternRef>();
    for (const r of refs) {
      if (!this.generic[r.row]) {
        if (specific[specific.length - 1] !== r.row) specific.push(r.row);
      } else {
        const seen = best.get(r.row);
        if (!seen || r.specificity > seen.specificity) best.set(r.row, r);
      }
    }
    // Most specific first; a stable sort keeps table order between equals.
    const generics = [...best.values()].sort((a, b) => b.specificity - a.specificity || a.row - b.row).map((r) => r.row);
    const result: CodeLookup = { specific, specificSet: new Set(specific), generic: generics[0], generics };
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(code.text, result);
    return result;
  }
}
