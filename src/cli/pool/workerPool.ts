/**
 * Runs the classifier over a list of files in worker threads and hands the results back in input
 * order, whatever order the threads finish in, so the output is the same with one thread or many.
 *
 * Each thread has a heap limit (resourceLimits) and each file a time limit (a watchdog reading the
 * index the thread publishes in shared memory before each file). A thread that runs out of memory,
 * crashes or overruns is terminated and replaced: the file it was on is reported with the reason,
 * the other files it held are sent again, and the batch goes on.
 */
import type { Worker } from "node:worker_threads";
import type { FilePath } from "../files/filePath";
import { chooseJobs, type PoolLimits } from "./limits";
import { type BatchDone, type Fault, type ItemResult, type WorkBatch, type WorkItem, type WorkMode, type WorkerConfig, WATCH_BUSY, WATCH_SEQ, WATCH_SLOTS } from "./protocol";
import { type WorkerEntry, startWorker } from "./workerEntry";

export interface PoolOptions extends PoolLimits {
  entry: WorkerEntry;
  mode: WorkMode;
  maxBytes: number;
  fault?: Fault;
}

/** Batches in flight per thread: the next one is waiting when the current one ends. */
const DEPTH = 2;
const MAX_BATCH = 64;
/** A file whose thread died with no file in hand is sent again at most this often. */
const MAX_RESENDS = 2;

interface Slot {
  worker: Worker;
  watch: Int32Array;
  batches: Map<number, WorkItem[]>;
  dead: boolean;
  /** Watchdog: the file sequence number last seen busy, and when it was first seen. */
  seenSeq: number;
  seenAt: number;
  /** The reason the main thread gave when it terminated this thread. */
  killedFor?: string;
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? String(s) : s.toFixed(1);
}

/** Calls `onResult` once per file, in input order; resolves when every file has a result. */
export function runPool(paths: readonly FilePath[], options: PoolOptions, onResult: (r: ItemResult) => void): Promise<void> {
  const n = paths.length;
  if (n === 0) return Promise.resolve();
  const jobs = chooseJobs(options.jobs, n);
  const slots: Slot[] = [];
  const ready = new Map<number, ItemResult>();
  const resent = new Map<number, number>();
  /** Files sent again after a thread died, taken before fresh ones (kept sorted). */
  const retry: number[] = [];
  let fresh = 0;
  let next = 0;
  let batchIds = 0;
  let startFailures = 0;
  let settled = false;

  return new Promise<void>((resolve, reject) => {
    const tick = Math.min(1000, Math.max(10, Math.floor(options.timeLimitMs / 4)));
    const watchdog = setInterval(checkTimes, tick);
    watchdog.unref();

    function finish(error?: Error): void {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      for (const s of slots) stop(s);
      if (error) reject(error);
      else resolve();
    }

    function stop(s: Slot): void {
      s.dead = true;
      // Not awaited: a thread stuck in a system call may never confirm, and must not hold the run.
      void s.worker.terminate().catch(() => undefined);
      s.worker.unref();
    }

    function deliver(r: ItemResult): void {
      if (r.i < next || ready.has(r.i)) return;
      ready.set(r.i, r);
      while (ready.has(next)) {
        const out = ready.get(next) as ItemResult;
        ready.delete(next);
        next++;
        try {
          onResult(out);
        } catch (e) {
          finish(e instanceof Error ? e : new Error(String(e)));
          return;
        }
      }
      if (next === n) finish();
    }

    function remaining(): number {
      return retry.length + (n - fresh);
    }

    function take(count: number): WorkItem[] {
      const items: WorkItem[] = [];
      while (items.length < count && retry.length) {
        const i = retry.shift() as number;
        items.push({ i, path: paths[i] });
      }
      while (items.length < count && fresh < n) {
        items.push({ i: fresh, path: paths[fresh] });
        fresh++;
      }
      return items;
    }

    function dispatch(): void {
      for (const s of slots) {
        while (!s.dead && s.batches.size < DEPTH && remaining() > 0) {
          const live = slots.filter((x) => !x.dead).length || 1;
          // Big batches while there is plenty of work (fewer messages), small ones at the end (even finish).
          const size = Math.max(1, Math.min(MAX_BATCH, Math.floor(remaining() / (live * DEPTH * 2))));
          const batch: WorkBatch = { id: ++batchIds, items: take(size) };
          s.batches.set(batch.id, batch.items);
          s.worker.postMessage(batch);
        }
      }
    }

    function spawn(): void {
      const watch = new SharedArrayBuffer(WATCH_SLOTS * Int32Array.BYTES_PER_ELEMENT);
      const config: WorkerConfig = { mode: options.mode, maxBytes: options.maxBytes, watch, fault: options.fault };
      const worker = startWorker(options.entry, {
        workerData: config,
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
        // Whatever a library might print must not land in the JSON on stdout.
        stdout: true,
        stderr: true,
      });
      worker.stdout.resume();
      worker.stderr.resume();
      const slot: Slot = { worker, watch: new Int32Array(watch), batches: new Map(), dead: false, seenSeq: -1, seenAt: 0 };
      slots.push(slot);
      worker.on("message", (m: BatchDone) => {
        if (slot.dead) return;
        const items = slot.batches.get(m.id);
        if (!items) return;
        slot.batches.delete(m.id);
        startFailures = 0;
        for (const r of m.results) deliver(r);
        if (!settled) dispatch();
      });
      worker.on("error", (e: Error & { code?: string }) => {
        const reason = e.code === "ERR_WORKER_OUT_OF_MEMORY" ? `ran out of memory (over ${options.heapMb} MB)` : `the classifier crashed: ${String(e.message).slice(0, 200)}`;
        died(slot, reason);
      });
      worker.on("exit", (code) => died(slot, slot.killedFor ?? `the classifier thread stopped (exit code ${code})`));
    }

    function died(slot: Slot, reason: string): void {
      if (slot.dead || settled) return;
      const started = Atomics.load(slot.watch, WATCH_SEQ) > 0;
      const culprit = Atomics.load(slot.watch, WATCH_BUSY) - 1;
      stop(slot);
      const held = [...slot.batches.values()].flat().map((item) => item.i);
      slot.batches.clear();
      // A thread that dies before it starts any file (a broken install) would die again.
      if (!started && held.length && ++startFailures >= 2) {
        finish(new Error(`the classifier thread could not start: ${reason}`));
        return;
      }
      for (const i of held) {
        if (i === culprit) continue;
        const times = (resent.get(i) ?? 0) + 1;
        resent.set(i, times);
        if (culprit < 0 && times > MAX_RESENDS) deliver({ i, error: reason });
        else retry.push(i);
      }
      retry.sort((a, b) => a - b);
      if (culprit >= 0 && held.includes(culprit)) deliver({ i: culprit, error: reason });
      if (settled) return;
      if (remaining() > 0 || slots.some((s) => !s.dead && s.batches.size)) {
        if (slots.filter((s) => !s.dead).length < jobs) spawn();
        dispatch();
      }
    }

    function checkTimes(): void {
      const now = performance.now();
      for (const s of slots) {
        if (s.dead) continue;
        const busy = Atomics.load(s.watch, WATCH_BUSY);
        if (busy === 0) {
          s.seenSeq = -1;
          continue;
        }
        const seq = Atomics.load(s.watch, WATCH_SEQ);
        if (seq !== s.seenSeq) {
          s.seenSeq = seq;
          s.seenAt = now;
        } else if (now - s.seenAt >= options.timeLimitMs) {
          s.killedFor = `took longer than ${seconds(options.timeLimitMs)} s`;
          died(s, s.killedFor);
        }
      }
    }

    for (let k = 0; k < jobs; k++) spawn();
    dispatch();
  });
}
