/**
 * Finds which of a fixed set of literal strings occur in a text, in one pass over the text
 * (Aho–Corasick, compiled to a full transition table). The guidance table has ~175 distinct
 * fragments; testing each with `includes` cost one scan of the text per fragment, this costs one.
 *
 * `scan(text)` reports exactly the patterns p for which `fold(text).includes(p)`, where `fold`
 * replaces each run of whitespace (JavaScript's `\s`) with one space, as `normalise` does. Folding
 * inside the scan saves a regex replace that cost more than the scan itself on long bodies. It
 * works on UTF-16 code units, as `includes` does, and reports overlapping and nested occurrences.
 */

/** JavaScript's `\s`, as code units (a test checks this list against the regex). */
export const WHITESPACE_CODE_UNITS: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000, 0xfeff,
];

export class PhraseAutomaton {
  /** Number of distinct patterns; ids are 0..size-1 in the order first given. */
  readonly size: number;
  private readonly ids = new Map<string, number>();
  /**
   * Code unit → alphabet class. Class 0 is "in no pattern": from any state it leads back to the
   * start. Every whitespace code unit has the class of " ", and only whitespace has it.
   */
  private readonly classOf: Uint8Array | Uint16Array;
  private readonly spaceClass: number;
  private readonly width: number;
  /** delta[state * width + class] → the next state. */
  private readonly delta: Uint16Array | Uint32Array;
  /** 1 where some pattern ends at the state or on its suffix chain. */
  private readonly reports: Uint8Array;
  /** The nearest state on the suffix chain (itself included) that ends a pattern, or -1. */
  private readonly out: Int32Array;
  /** For a state that ends a pattern: the next such state on its suffix chain, or -1. */
  private readonly nextOut: Int32Array;
  private readonly patternAt: Int32Array;
  /** Ids of empty patterns (which `includes` finds in every text). */
  private readonly empty: number[] = [];

  constructor(patterns: readonly string[]) {
    for (const p of patterns) if (!this.ids.has(p)) this.ids.set(p, this.ids.size);
    this.size = this.ids.size;

    const classes = new Map<number, number>([[0x20, 1]]);
    for (const p of this.ids.keys()) {
      for (let i = 0; i < p.length; i++) {
        const cu = p.charCodeAt(i);
        if (!classes.has(cu)) classes.set(cu, classes.size + 1);
      }
    }
    const width = classes.size + 1;
    this.width = width;
    this.spaceClass = 1;
    this.classOf = width <= 0x100 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
    for (const [cu, c] of classes) this.classOf[cu] = c;
    for (const cu of WHITESPACE_CODE_UNITS) this.classOf[cu] = this.spaceClass;

    // The trie as a flat table (trie[state * width + class] → child, 0 for none: the start state
    // is nobody's child). Per-state Maps cost more to build than the whole scan table; the class
    // count is known by now, and the patterns' total length bounds the number of states.
    let capacity = 1;
    for (const p of this.ids.keys()) capacity += p.length;
    const trie = new Int32Array(capacity * width);
    const ends = new Int32Array(capacity).fill(-1);
    // Each state's children as a list (first child, next sibling), so the breadth-first pass
    // visits the trie's edges rather than every cell of its table.
    const firstChild = new Int32Array(capacity);
    const nextSibling = new Int32Array(capacity);
    const edgeClass = new Int32Array(capacity);
    let states = 1;
    for (const [p, id] of this.ids) {
      if (p.length === 0) {
        this.empty.push(id);
        continue;
      }
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = this.classOf[p.charCodeAt(i)];
        const at = s * width + c;
        if (trie[at] === 0) {
          const t = states++;
          trie[at] = t;
          edgeClass[t] = c;
          nextSibling[t] = firstChild[s];
          firstChild[s] = t;
        }
        s = trie[at];
      }
      ends[s] = id;
    }

    // State numbers fit 16 bits for any table of realistic size: half the memory of 32-bit cells.
    const delta = states <= 0x10000 ? new Uint16Array(states * width) : new Uint32Array(states * width);
    const out = new Int32Array(states).fill(-1);
    this.nextOut = new Int32Array(states).fill(-1);
    this.patternAt = ends.slice(0, states);
    const fail = new Int32Array(states);
    // Breadth first, so a state's fail target (shallower) is complete before the state itself:
    // a state's row is its fail state's row, overwritten where the trie has a child. (The order
    // of siblings in the queue changes nothing: each row depends only on shallower rows.)
    const queue = new Int32Array(states);
    let queued = 0;
    for (let t = firstChild[0]; t !== 0; t = nextSibling[t]) {
      delta[edgeClass[t]] = t;
      queue[queued++] = t;
    }
    for (let q = 0; q < queued; q++) {
      const s = queue[q];
      const f = fail[s];
      out[s] = ends[s] >= 0 ? s : out[f];
      if (ends[s] >= 0) this.nextOut[s] = out[f];
      const row = s * width;
      delta.copyWithin(row, f * width, (f + 1) * width);
      for (let t = firstChild[s]; t !== 0; t = nextSibling[t]) {
        const at = row + edgeClass[t];
        fail[t] = delta[at];
        delta[at] = t;
        queue[queued++] = t;
      }
    }
    this.delta = delta;
    this.out = out;
    this.reports = Uint8Array.from(out, (o) => (o >= 0 ? 1 : 0));
  }

  /** The id of a pattern given to the constructor. */
  idOf(pattern: string): number {
    const id = this.ids.get(pattern);
    if (id === undefined) throw new Error("pattern not compiled");
    return id;
  }

  /**
   * Marks in `seen` (seen[id] === mark) every pattern occurring in the folded `text`, appending
   * each newly seen id to `found` once. Linear: one table step per code unit (none for the 2nd
   * and later units of a whitespace run), and each pattern is reported once, because a marked
   * pattern's suffix chain was marked with it.
   */
  scan(text: string, seen: Uint32Array, mark: number, found: number[]): void {
    for (const id of this.empty) {
      if (seen[id] !== mark) {
        seen[id] = mark;
        found.push(id);
      }
    }
    const { delta, reports, classOf, spaceClass, width } = this;
    let s = 0;
    let inSpace = false;
    for (let i = 0; i < text.length; i++) {
      const c = classOf[text.charCodeAt(i)];
      if (c === spaceClass) {
        if (inSpace) continue;
        inSpace = true;
      } else inSpace = false;
      s = delta[s * width + c];
      if (reports[s] === 1) this.report(s, seen, mark, found);
    }
  }

  private report(state: number, seen: Uint32Array, mark: number, found: number[]): void {
    for (let o = this.out[state]; o >= 0; o = this.nextOut[o]) {
      const id = this.patternAt[o];
      if (seen[id] === mark) return;
      seen[id] = mark;
      found.push(id);
    }
  }
}
