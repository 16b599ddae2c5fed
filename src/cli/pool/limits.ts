/** The classifier processes' limits and how many of them a run uses. */
import { availableParallelism } from "node:os";

export interface PoolLimits {
  /** Classifier processes; 0 means "choose from the number of files and cores". */
  jobs: number;
  /** Per file, from the start of its read to its result. */
  timeLimitMs: number;
  /** Per process: V8's heap limit (--max-old-space-size); the resident size may reach twice this. */
  heapMb: number;
}

/**
 * 10 s is ~1,000 times what a 5 MB bounce takes, so only a runaway file meets it, even on a
 * loaded machine. 512 MB of heap holds a 32 MB message (the read cap) several times over; the
 * .msg loops found in the wild grew to 2.5–5 GB.
 */
export const DEFAULT_LIMITS: PoolLimits = { jobs: 0, timeLimitMs: 10_000, heapMb: 512 };

/**
 * A process costs ~60 ms of CPU to start (Node, then the classifier bundle), about what 250 small
 * files take to classify, so each extra process needs that much work to pay for itself.
 */
export const FILES_PER_PROCESS = 250;
const MAX_AUTO_JOBS = 16;

export function chooseJobs(requested: number, files: number, cores = availableParallelism()): number {
  if (requested > 0) return Math.max(1, Math.min(requested, files || 1));
  return Math.max(1, Math.min(Math.floor(files / FILES_PER_PROCESS), cores, MAX_AUTO_JOBS));
}
