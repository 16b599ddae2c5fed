/**
 * Adversarial inputs for one regular expression, built from the pattern itself.
 *
 * Backtracking blows up when a quantified part can match the same run of characters in many ways
 * and something after it then fails. So, besides generic runs (whitespace, &nbsp;, separators,
 * long tokens), every quantifier of the pattern yields "prefix + pump × k + suffix" inputs: the
 * prefix matches what comes before the quantifier, the pump is one repetition of what it
 * quantifies, and the suffix is nothing or a character that fails what follows. The pattern's
 * literal fragments yield near-misses (the fragment without its last character) and repetitions.
 * A small parser reads the pattern; the regex engine itself says which sample characters match
 * which part, so classes, escapes and flags are never re-implemented here.
 */

export type Node =
  | { t: "alt"; alts: Node[] }
  | { t: "seq"; items: Node[] }
  | { t: "char"; src: string }
  | { t: "group"; body: Node; look: boolean }
  | { t: "quant"; body: Node; min: number; max: number }
  | { t: "assert" }
  | { t: "backref" };

/** Reads a pattern into the shape above; throws on syntax it doesn't know (the caller falls back). */
export function parsePattern(src: string): Node {
  let i = 0;
  const peek = (): string => src[i];

  function escape(): Node {
    const start = i;
    i++; // the backslash
    const c = src[i++];
    if (c === undefined) throw new Error("trailing backslash");
    if (c === "b" || c === "B") return { t: "assert" };
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(peek() ?? "")) i++;
      return { t: "backref" };
    }
    if (c === "k" && peek() === "<") {
      i = src.indexOf(">", i) + 1;
      return { t: "backref" };
    }
    if ((c === "p" || c === "P") && peek() === "{") i = src.indexOf("}", i) + 1;
    else if (c === "u" && peek() === "{") i = src.indexOf("}", i) + 1;
    else if (c === "u") i += 4;
    else if (c === "x") i += 2;
    else if (c === "c") i += 1;
    return { t: "char", src: src.slice(start, i) };
  }

  function charClass(): Node {
    const start = i;
    i++; // [
    if (peek() === "^") i++;
    while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
    if (i >= src.length) throw new Error("unclosed class");
    i++; // ]
    return { t: "char", src: src.slice(start, i) };
  }

  function quantifier(): { min: number; max: number } | undefined {
    const c = peek();
    if (c === "*") return (i++, { min: 0, max: Infinity });
    if (c === "+") return (i++, { min: 1, max: Infinity });
    if (c === "?") return (i++, { min: 0, max: 1 });
    if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 20));
      if (!m) return undefined;
      i += m[0].length;
      const min = Number(m[1]);
      return { min, max: m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]) };
    }
    return undefined;
  }

  function atom(): Node {
    const c = peek();
    if (c === "\\") return escape();
    if (c === "[") return charClass();
    if (c === "(") {
      i++;
      let look = false;
      if (src.startsWith("?:", i)) i += 2;
      else if (src.startsWith("?=", i) || src.startsWith("?!", i)) {
        i += 2;
        look = true;
      } else if (src.startsWith("?<=", i) || src.startsWith("?<!", i)) {
        i += 3;
        look = true;
      } else if (src.startsWith("?<", i)) i = src.indexOf(">", i) + 1;
      const body = alternation();
      if (peek() !== ")") throw new Error("unclosed group");
      i++;
      return { t: "group", body, look };
    }
    if (c === "^" || c === "$") return (i++, { t: "assert" });
    i++;
    return { t: "char", src: c };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (i < src.length && peek() !== "|" && peek() !== ")") {
      let node = atom();
      for (let q = quantifier(); q; q = quantifier()) {
        if (peek() === "?") i++; // lazy
        node = { t: "quant", body: node, ...q };
      }
      items.push(node);
    }
    return { t: "seq", items };
  }

  function alternation(): Node {
    const alts = [sequence()];
    while (peek() === "|") {
      i++;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0] : { t: "alt", alts };
  }

  const node = alternation();
  if (i !== src.length) throw new Error(`unexpected "${src[i]}" at ${i}`);
  return node;
}

/** Characters tried as samples of a one-character part, most common first. */
const SAMPLE_CHARS = [
  "a",
  "A",
  "0",
  " ",
  "x",
  "Z",
  "9",
  "-",
  ".",
  "_",
  ":",
  "/",
  "\t",
  "\n",
  "\r",
  "@",
  "<",
  ">",
  "=",
  "&",
  ";",
  "#",
  ",",
  "'",
  '"',
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "*",
  "+",
  "!",
  "?",
  "|",
  "\\",
  "%",
  "~",
  "^",
  "$",
  "é",
  "\u00a0",
  "\u200b",
  "\u202e",
  "€",
  "\u0000",
  "\u0085",
];

export class PatternSampler {
  private readonly cache = new Map<string, string | undefined>();
  private readonly charFlags: string;

  constructor(flags: string) {
    this.charFlags = flags.replace(/[gmy]/g, "");
  }

  /** A character matching the one-character part `src`, if any sample does. */
  sample(src: string): string | undefined {
    if (!this.cache.has(src)) {
      let found: string | undefined;
      try {
        const re = new RegExp(`^(?:${src})$`, this.charFlags);
        found = SAMPLE_CHARS.find((c) => re.test(c));
      } catch {
        found = undefined;
      }
      this.cache.set(src, found);
    }
    return this.cache.get(src);
  }

  /** Whether any one-character part of the pattern matches `ch` (a run of `ch` can then backtrack). */
  touches(node: Node, ch: string): boolean {
    switch (node.t) {
      case "char":
        try {
          return new RegExp(`^(?:${node.src})$`, this.charFlags).test(ch);
        } catch {
          return true;
        }
      case "alt":
        return node.alts.some((a) => this.touches(a, ch));
      case "seq":
        return node.items.some((a) => this.touches(a, ch));
      case "group":
      case "quant":
        return this.touches(node.body, ch);
      default:
        return false;
    }
  }

  /** A short string the part matches (lookarounds and assertions: ""). */
  example(node: Node): string {
    switch (node.t) {
      case "char":
        return this.sample(node.src) ?? "";
      case "alt":
        return this.example(node.alts[0]);
      case "seq":
        return node.items.map((n) => this.example(n)).join("");
      case "group":
        return node.look ? "" : this.example(node.body);
      case "quant":
        return this.example(node.body).repeat(Math.min(node.min, 3));
      default:
        return "";
    }
  }
}

/** Each quantifier that can repeat many times, with an example of what precedes it. */
function pumpPoints(node: Node, sampler: PatternSampler, prefix: string, out: Array<{ prefix: string; pump: string }>): void {
  switch (node.t) {
    case "seq": {
      let before = prefix;
      for (const item of node.items) {
        pumpPoints(item, sampler, before, out);
        before += sampler.example(item);
      }
      return;
    }
    case "alt":
      for (const a of node.alts) pumpPoints(a, sampler, prefix, out);
      return;
    case "group":
      pumpPoints(node.body, sampler, prefix, out);
      return;
    case "quant": {
      if (node.max >= 16) {
        // Every alternative of the quantified part is a pump of its own.
        const bodies = node.body.t === "group" && node.body.body.t === "alt" ? node.body.body.alts : [node.body];
        for (const b of bodies) {
          const pump = sampler.example(b);
          if (pump) out.push({ prefix, pump });
        }
      }
      pumpPoints(node.body, sampler, prefix, out);
      return;
    }
    default:
  }
}

/** Runs of literal characters in the pattern ("Original Message", "crc32="), two or more long. */
function literalFragments(node: Node, sampler: PatternSampler, out: Set<string>): void {
  const literal = (n: Node): string | undefined => {
    if (n.t !== "char") return undefined;
    if (n.src.length === 1 && !".[".includes(n.src)) return n.src;
    if (n.src.length === 2 && n.src[0] === "\\" && !/[a-zA-Z0-9]/.test(n.src[1])) return n.src[1];
    if (/^\\[tnr]$/.test(n.src)) return sampler.sample(n.src);
    return undefined;
  };
  switch (node.t) {
    case "seq": {
      let run = "";
      for (const item of [...node.items, { t: "assert" } as Node]) {
        const ch = literal(item);
        if (ch !== undefined) run += ch;
        else {
          if (run.length >= 2) out.add(run);
          run = "";
          literalFragments(item, sampler, out);
        }
      }
      return;
    }
    case "alt":
      node.alts.forEach((a) => literalFragments(a, sampler, out));
      return;
    case "group":
    case "quant":
      literalFragments(node.body, sampler, out);
      return;
    default:
  }
}

/** Whether anything in the pattern repeats (a quantifier allowing more than one, or a backreference). */
export function repeats(node: Node): boolean {
  switch (node.t) {
    case "quant":
      return node.max > 1 || repeats(node.body);
    case "alt":
      return node.alts.some(repeats);
    case "seq":
      return node.items.some(repeats);
    case "group":
      return repeats(node.body);
    case "backref":
      return true;
    default:
      return false;
  }
}

/**
 * Whether a repeated part can itself match one stretch of text in several ways: another
 * repetition inside it ((a+)+), alternatives ((a|aa)+) or a backreference. Such patterns can
 * be exponential, so their input grows a few characters at a time (see regexCost.ts).
 */
export function hasNestedQuantifier(node: Node, inside = false): boolean {
  switch (node.t) {
    case "quant":
      if (inside && node.max > 1) return true;
      return hasNestedQuantifier(node.body, inside || node.max > 1);
    case "alt":
      return inside || node.alts.some((a) => hasNestedQuantifier(a, inside));
    case "seq":
      return node.items.some((a) => hasNestedQuantifier(a, inside));
    case "group":
      return hasNestedQuantifier(node.body, inside);
    case "backref":
      return inside;
    default:
      return false;
  }
}

export interface Family {
  name: string;
  /** An input of about `n` characters. */
  make(n: number): string;
}

function pumped(prefix: string, pump: string, suffix: string): (n: number) => string {
  return (n) => prefix + pump.repeat(Math.max(1, Math.ceil((n - prefix.length - suffix.length) / pump.length))) + suffix;
}

/** Suffixes that end the input, or fail what the pattern wants next. */
const SUFFIXES = ["", "\u0000x"];

/** Runs that trouble text patterns: whitespace, &nbsp;, separators, long tokens, quoting. */
const GENERIC_PUMPS = [" ", "\t", "\u00a0", "&nbsp;", "\n", "\r\n", "-", "_", "=", ".", ":", ">", "|", "/", ",", "@", "a", "A", "0", "<a", "&#65;", "a.", "-a"];

export interface Attack {
  families: Family[];
  parsed: boolean;
  /** A quantifier inside a quantifier: grow the input slowly (see regexCost.ts). */
  nested: boolean;
  /**
   * Nothing in the pattern repeats: each attempt costs at most the pattern's length, so the
   * search is linear by construction; only the match-heavy families are run, as a check.
   */
  fixedLength: boolean;
}

export function attackFamilies(source: string, flags: string): Attack {
  const sampler = new PatternSampler(flags);
  let tree: Node | undefined;
  try {
    tree = parsePattern(source);
  } catch {
    tree = undefined;
  }
  const families: Family[] = [];
  const seen = new Set<string>();
  const add = (name: string, prefix: string, pump: string, suffix: string): void => {
    const key = JSON.stringify([prefix, pump, suffix]);
    if (seen.has(key) || pump === "") return;
    seen.add(key);
    families.push({ name, make: pumped(prefix, pump, suffix) });
  };
  for (const pump of GENERIC_PUMPS) {
    // A run of characters no part of the pattern matches fails at once wherever it starts.
    if (tree && ![...pump].some((ch) => sampler.touches(tree as Node, ch))) continue;
    for (const suffix of SUFFIXES) add(`run of ${JSON.stringify(pump)}${suffix ? " + failing suffix" : ""}`, "", pump, suffix);
  }
  if (tree) {
    const points: Array<{ prefix: string; pump: string }> = [];
    pumpPoints(tree, sampler, "", points);
    for (const { prefix, pump } of points) {
      for (const suffix of SUFFIXES) {
        add(`${JSON.stringify(prefix.slice(0, 30))} + ${JSON.stringify(pump)} × k${suffix ? " + failing suffix" : ""}`, prefix, pump, suffix);
        // Without its prefix too: the search starts at every position.
        add(`${JSON.stringify(pump)} × k${suffix ? " + failing suffix" : ""}`, "", pump, suffix);
      }
    }
    const fragments = new Set<string>();
    literalFragments(tree, sampler, fragments);
    for (const f of fragments) {
      const nearMiss = f.slice(0, -1);
      add(`near-miss ${JSON.stringify(nearMiss)} repeated`, "", nearMiss, "");
      add(`${JSON.stringify(f)} + space repeated`, "", `${f} `, "\u0000x");
      add(`${JSON.stringify(f)} then spaces`, f, " ", "\u0000x");
    }
    // The pattern's own example, over and over (a match per repetition).
    add("the pattern's example repeated", "", sampler.example(tree), "");
  }
  const fixedLength = tree !== undefined && !repeats(tree);
  const example = tree ? sampler.example(tree) : "";
  return {
    families:
      fixedLength && example
        ? [
            { name: "the pattern's example repeated", make: pumped("", example, "") },
            { name: "its example repeated + failing suffix", make: pumped("", example, "\u0000x") },
          ]
        : families,
    parsed: tree !== undefined,
    nested: tree !== undefined && hasNestedQuantifier(tree),
    fixedLength,
  };
}
