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
/**
 * Single runs that grow by less than this are taken as linear without repeats: noise only adds
 * time, so it can only hide growth by slowing the smaller run, and a quadratic pattern's 4× would
 * need that run to take 1.8 times its real cost.
 */
const QUICK_RATIO = 2.2;

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
      const quick = t / Math.max(last, 0.001);
      if (next < 2 * n) {
        // Growing a few characters at a time (nested quantifiers): a step that already costs
        // more than doubling may is exponential.
        if (quick > MAX_RATIO) return { chars: n, smallMs: last, bigMs: t, ratio: quick };
      } else {
        if (quick <= QUICK_RATIO) return { chars: n, smallMs: last, bigMs: t, ratio: quick };
        return carefulRatio(run, make(n), make(next), n);
      }
    }
    n = next;
    last = t;
  }
  return { chars: n, smallMs: last, bigMs: last };
}

/** Minimum of a few runs at each size; over the limit, measured again before it counts. */
function carefulRatio(run: (input: string) => void, small: string, big: string, chars: number): Growth {
  const measure = (repeats: number): Growth => {
    const smallMs = timeOf(run, small, repeats);
    const bigMs = timeOf(run, big, repeats);
    return { chars, smallMs, bigMs, ratio: bigMs / Math.max(smallMs, 0.001) };
  };
  const first = measure(REPEATS);
  if ((first.ratio ?? 0) <= MAX_RATIO) return first;
  const second = measure(CONFIRM_REPEATS);
  return (second.ratio ?? 0) < (first.ratio ?? 0) ? second : first;
}
