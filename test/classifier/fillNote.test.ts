/**
 * fillNote() scans for {name} placeholders by hand (it runs for every piece of evidence); it must
 * write exactly what the regular-expression replace it stands for writes, on the note templates
 * and on generated templates full of near-placeholders.
 */
import { NOTE_TEMPLATES, fillNote, type NoteParams } from "../../src/classifier/notes";

function byRegex(template: string, params: NoteParams): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? params[name] : whole));
}

/** Deterministic PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARAMS: NoteParams = { a: "[A]", b_2: "{c}", c: "", Z9: "$&$1", toString: "own" };

test("every note template fills as the regular expression fills it", () => {
  const params: Record<string, string> = {};
  for (const t of Object.values(NOTE_TEMPLATES)) for (const m of t.matchAll(/\{([A-Za-z0-9_]+)\}/g)) params[m[1]] = `<${m[1]} {x}>`;
  for (const t of Object.values(NOTE_TEMPLATES)) {
    expect(fillNote(t, params)).toBe(byRegex(t, params));
    expect(fillNote(t, {})).toBe(t);
  }
});

test("generated templates with nested, empty, unclosed and unknown placeholders fill the same way", () => {
  const next = rng(1234);
  const pieces = ["{", "}", "{a}", "{b_2}", "{c}", "{Z9}", "{zz}", "{}", "{a", "a}", "{{a}}", "{a-b}", "{toString}", "{__proto__}", " ", "x", "é", "{ a}"];
  for (let i = 0; i < 5000; i++) {
    let t = "";
    const n = Math.floor(next() * 8);
    for (let k = 0; k < n; k++) t += pieces[Math.floor(next() * pieces.length)];
    expect([t, fillNote(t, PARAMS)]).toEqual([t, byRegex(t, PARAMS)]);
  }
  expect(fillNote("{a}{b_2}", PARAMS)).toBe("[A]{c}");
  expect(fillNote("x", undefined)).toBe("x");
});
