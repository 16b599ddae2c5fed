/**
 * "Linear, not quadratic" checks that hold on a loaded 2-core CI machine. Wall-clock limits
 * (`< 2 s`) fail whenever a neighbour takes the CPU; this measures the process's own CPU time,
 * interleaves the small and big input so a slow spell hits both, takes medians, and compares a
 * ratio with wide headroom. Absolute figures belong in scripts/bench.ts.
 */

export interface Scaling {
  /** Median CPU ms of one run on the small input. */
  smallMs: number;
  /** Median CPU ms of one run on the big input. */
  bigMs: number;
}

export interface ScalingOptions {
  /** Interleaved samples of each; the median is kept. */
  samples?: number;
  /** Runs of the small input per sample, so that its time is well above the timer's resolution. */
  smallRepeats?: number;
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

export function measureScaling<T>(run: (input: T) => unknown, small: T, big: T, options: ScalingOptions = {}): Scaling {
  const samples = options.samples ?? 5;
  const repeats = options.smallRepeats ?? 1;
  // Warm-up: the first calls pay for JIT compilation, which is not what is measured.
  run(small);
  run(big);
  const smallMs: number[] = [];
  const bigMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    let t = cpuNow();
    for (let r = 0; r < repeats; r++) run(small);
    smallMs.push((cpuNow() - t) / repeats);
    t = cpuNow();
    run(big);
    bigMs.push(cpuNow() - t);
  }
  return { smallMs: median(smallMs), bigMs: median(bigMs) };
}

export async function measureScalingAsync<T>(run: (input: T) => Promise<unknown>, small: T, big: T, options: ScalingOptions = {}): Promise<Scaling> {
  const samples = options.samples ?? 5;
  const repeats = options.smallRepeats ?? 1;
  await run(small);
  await run(big);
  const smallMs: number[] = [];
  const bigMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    let t = cpuNow();
    for (let r = 0; r < repeats; r++) await run(small);
    smallMs.push((cpuNow() - t) / repeats);
    t = cpuNow();
    await run(big);
    bigMs.push(cpuNow() - t);
  }
  return { smallMs: median(smallMs), bigMs: median(bigMs) };
}

/** Below this a small run's median is mostly timer noise; the bound uses it as a floor. */
export const NOISE_FLOOR_MS = 1;

/**
 * The most the big input may cost when it is `sizeRatio` times the small one: ten times what
 * linear growth predicts. With `sizeRatio` ≥ 32, quadratic growth still lands at least three
 * times past it.
 */
export function linearBound(s: Scaling, sizeRatio: number): number {
  return Math.max(s.smallMs, NOISE_FLOOR_MS) * sizeRatio * 10;
}
