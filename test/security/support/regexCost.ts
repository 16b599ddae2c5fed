/**
 * How a regular expression's CPU time grows with its input: the input is doubled until one run
 * costs enough to measure (MEASURABLE_MS), then the cost at n and 2n is compared, each the
 * minimum of a few runs (noise only ever adds time). Linear growth doubles the cost; a ratio
 * well above 2 is super-linear. A pattern still cheaper than MEASURABLE_MS at MAX_CHARS is
 * linear for every practical purpose: a quadratic one costs seconds there.
 * CPU time of this process (process.cpuUsage), never wall-clock time.
 */

/** One run must cost this much before a ratio means anything. */
export const MEASURABLE_MS = 4;
/** Inputs grow up to this many characters. */
export const MAX_CHARS = 32 * 1024;
/** Doubling the input may cost at most this factor. */
export const MAX_RATIO = 2.5;
const REPEATS = 3;
const CONFIRM_REPEATS = 5;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs the pattern over the whole input: every match, and every start position where none. */
export function runner(source: string, flags: string): (input: string) => void {
  const re = new RegExp(source, flags.includes("g") ? flags : `${flags}g`);
  return (input) => {
    re.lastIndex = 0;
    input.replace(re, "");
  };
}

function timeOf(run: (input: string) => void, input: string, repeats = 1): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = cpuMs();
    run(input);
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

export interface Growth {
  /** Characters of the smaller input the ratio was taken at (or the largest tried). */
  chars: number;
  smallMs: number;
  bigMs: number;
  /** bigMs / smallMs, or undefined when even MAX_CHARS was too cheap to measure. */
  ratio?: number;
}

/**
 * `nested`: the pattern has a quantifier inside a quantifier, which can be exponential; its
 * input then grows a few characters at a time so a single step can't take minutes.
 */
export function growth(run: (input: string) => void, make: (n: number) => string, nested: boolean): Growth {
  run(make(16)); // warm-up: the first runs are interpreted, then compiled
  let n = nested ? 8 : 256;
  let last = timeOf(run, make(n));
  while (n < MAX_CHARS) {
    const next = nested && n < 64 ? n + 4 : n * 2;
    const t = timeOf(run, make(next));
    if (t >= MEASURABLE_MS) {
      if (next >= 2 * n) return carefulRatio(run, make, n);
      // Growing a few characters at a time (nested quantifiers): a step that already costs more
      // than doubling may is exponential (a single run: noise can't make it 2.5 times slower).
      const step = t / Math.max(last, 0.001);
      if (step > MAX_RATIO) return { chars: n, smallMs: last, bigMs: t, ratio: step };
    }
    n = next;
    last = t;
  }
  return { chars: n, smallMs: last, bigMs: last };
}

/**
 * Minimum of a few interleaved runs at each size (a pause in the smaller run would hide growth,
 * in the bigger one invent it). Over the limit, the doubling below is measured too and must be
 * over it as well: a single step can be a cache size crossed, growth that is really super-linear
 * shows at every doubling.
 */
function carefulRatio(run: (input: string) => void, make: (n: number) => string, n: number): Growth {
  const measure = (chars: number, repeats: number): Growth => {
    const small = make(chars);
    const big = make(chars * 2);
    // Interleaved, so a slow spell (a neighbour on a shared core) hits both sizes alike.
    let smallMs = Infinity;
    let bigMs = Infinity;
    for (let r = 0; r < repeats; r++) {
      smallMs = Math.min(smallMs, timeOf(run, small));
      bigMs = Math.min(bigMs, timeOf(run, big));
    }
    return { chars, smallMs, bigMs, ratio: bigMs / Math.max(smallMs, 0.001) };
  };
  const first = measure(n, REPEATS);
  if ((first.ratio ?? 0) <= MAX_RATIO || n < 512) return first;
  const below = measure(n / 2, CONFIRM_REPEATS);
  return (below.ratio ?? 0) <= MAX_RATIO ? below : first;
}
