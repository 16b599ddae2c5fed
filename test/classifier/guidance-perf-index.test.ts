/**
 * The matcher's precomputed indexes must answer exactly what the plain definitions answer:
 * the phrase automaton as `fold(text).includes(pattern)`, the code index as `codeMatches` over
 * every row. These are what let a call skip rows, so a gap here would change a selection.
 */
import fc from "fast-check";
import { CodeIndex } from "../../src/classifier/guidance/code-index";
import { codeMatches, parseCode, patternSpecificity, type StatusCode } from "../../src/classifier/guidance/codes";
import { PhraseAutomaton, WHITESPACE_CODE_UNITS } from "../../src/classifier/guidance/phrase-automaton";
import { TABLE_ROWS } from "../../src/classifier/guidance/table";
import { normalise } from "../../src/classifier/guidance/text";

const fold = (s: string): string => s.replace(/\s+/g, " ");

function scanAll(a: PhraseAutomaton, text: string): Set<number> {
  const found: number[] = [];
  a.scan(text, new Uint32Array(a.size), 1, found);
  expect(new Set(found).size).toBe(found.length); // each pattern reported once
  return new Set(found);
}

function expectSameAsIncludes(patterns: string[], text: string): void {
  const a = new PhraseAutomaton(patterns);
  const found = scanAll(a, text);
  for (const p of new Set(patterns)) expect([p, found.has(a.idOf(p))]).toEqual([p, fold(text).includes(p)]);
}

describe("phrase automaton", () => {
  it("its whitespace list is exactly JavaScript's \\s", () => {
    const ws: number[] = [];
    for (let cu = 0; cu < 0x10000; cu++) if (/\s/.test(String.fromCharCode(cu))) ws.push(cu);
    expect([...WHITESPACE_CODE_UNITS].sort((x, y) => x - y)).toEqual(ws);
  });

  it("finds overlapping, nested and suffix-sharing patterns", () => {
    expectSameAsIncludes(["he", "she", "his", "hers", "ushers", "s", "rs", "x"], "ushers and his");
    expectSameAsIncludes(["aaa", "aa", "a", "aab", "b"], "aaab");
    expectSameAsIncludes(["relay access denied", "access denied", "denied", "relay"], "550 5.4.1 Relay  \r\n\tAccess denied".toLowerCase());
  });

  it("folds whitespace runs as normalise does, so a phrase split across lines still matches", () => {
    const a = new PhraseAutomaton(["recipient address rejected: access denied", "a  b"]);
    const found = scanAll(a, "550 recipient address\r\n   rejected:\u00a0access\tdenied a  b");
    expect(found.has(a.idOf("recipient address rejected: access denied"))).toBe(true);
    // Folded text never holds two spaces in a row, so neither can a match.
    expect(found.has(a.idOf("a  b"))).toBe(false);
  });

  it("the empty pattern is in every text, as with includes", () => {
    expectSameAsIncludes(["", "abc"], "");
    expectSameAsIncludes(["", "abc"], "xabcx");
  });

  it("non-ASCII and lone surrogates are plain code units", () => {
    expectSameAsIncludes(["naïve", "\ud83d", "日本語", "i̇"], "İ naïve 日本語 \ud83d\ude00".toLowerCase());
  });

  it("property: agrees with fold(text).includes on random patterns and texts", () => {
    const small = fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "\t", "\n", "\u00a0", "é"), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(small, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "\t", "\n", "\u00a0", "é", "z"), maxLength: 80 }),
        (raw, text) => {
          const patterns = raw.map(fold); // compiled patterns are folded, as fragmentsOf makes them
          const a = new PhraseAutomaton(patterns);
          const found = scanAll(a, text);
          return patterns.every((p) => found.has(a.idOf(p)) === fold(text).includes(p));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("agrees with includes for the real table's fragments on real-looking replies", () => {
    const phrases = TABLE_ROWS.flatMap((r) => [...(r.ndrTexts ?? []), ...(r.match?.phrases ?? []), ...(r.match?.unless ?? [])]);
    const patterns = phrases.map((p) => normalise(p, 200));
    const text = ("550 5.4.1 " + phrases.slice(0, 40).join(" \r\n ") + " ATTR36 as(201806281)").toLowerCase();
    expectSameAsIncludes(patterns, text);
  });
});

describe("code index", () => {
  const index = new CodeIndex(TABLE_ROWS);

  /** The definition: every row with a covering pattern; for generic rows, the most specific pattern, earliest on ties. */
  function bruteForce(code: StatusCode): { specific: number[]; generic: number | undefined } {
    const specific: number[] = [];
    let generic: { row: number; score: number } | undefined;
    TABLE_ROWS.forEach((r, row) => {
      for (const p of r.codes) {
        if (!codeMatches(p, code)) continue;
        if (!r.generic) {
          if (!specific.includes(row)) specific.push(row);
        } else if (!generic || patternSpecificity(p) > generic.score) generic = { row, score: patternSpecificity(p) };
      }
    });
    return { specific, generic: generic?.row };
  }

  function codes(): StatusCode[] {
    const out: StatusCode[] = [];
    for (const cls of [2, 4, 5]) {
      for (let subject = 0; subject <= 9; subject++)
        for (let detail = 0; detail <= 1000; detail += detail < 30 ? 1 : 7) out.push(parseCode(`${cls}.${subject}.${detail}`) as StatusCode);
      for (const detail of [499, 500, 501, 605, 606, 649, 650, 699, 700, 849, 850, 899, 900, 999]) out.push(parseCode(`${cls}.7.${detail}`) as StatusCode);
    }
    return out;
  }

  it("gives the same rows as testing every pattern of every row", () => {
    for (const code of codes()) {
      const got = index.lookup(code);
      expect([code.text, [...got.specific], got.generic]).toEqual([code.text, ...Object.values(bruteForce(code))]);
      expect([...got.specificSet]).toEqual([...got.specific]);
    }
  });

  it("answers the same the second time (memoised) and after the memo is refilled", () => {
    const all = codes();
    const first = all.map((c) => index.lookup(c));
    const again = all.map((c) => index.lookup(c));
    expect(again.map((l) => [...l.specific])).toEqual(first.map((l) => [...l.specific]));
  });

  it("exact patterns written with leading zeros match numerically", () => {
    const idx = new CodeIndex([{ codes: ["5.7.01"] }, { codes: ["5.7.1-3"], generic: true }, { codes: ["5.x.x"], generic: true }]);
    const code = parseCode("5.7.1") as StatusCode;
    expect(idx.lookup(code)).toMatchObject({ specific: [0], generic: 1 });
    expect(idx.lookup(parseCode("5.7.4") as StatusCode)).toMatchObject({ specific: [], generic: 2 });
  });
});
