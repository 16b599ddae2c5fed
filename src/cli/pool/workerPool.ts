/**
 * Runs the classifier over a list of files in classifier processes and hands the results back in
 * input order, whatever order the processes finish in, so the output is the same with one process
 * or many.
 *
 * Each process has a V8 heap limit and, on Linux, a resident-memory limit checked by the watchdog;
 * each file has a time limit, timed from the index the process writes into its watch file before
 * each file. A process that runs out of memory, crashes or overruns is killed and replaced: the
 * file it was on is reported with the reason, the other files it held are sent again, and the
 * batch goes on.
 */
import type { ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync, readSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FilePath } from "../files/filePath";
import { chooseJobs, type PoolLimits } from "./limits";
import {
  type BatchDone,
  type Fault,
  type ItemResult,
  type WorkBatch,
  type WorkItem,
  type WorkMode,
  type WorkerConfig,
  WATCH_BUSY,
  WATCH_BYTES,
  WATCH_SEQ,
} from "./protocol";
import { type WorkerEntry, startWorker } from "./workerEntry";

export interface PoolOptions extends PoolLimits {
  entry: WorkerEntry;
  mode: WorkMode;
  maxBytes: number;
  fault?: Fault;
}

/** Batches in flight per process: the next one is waiting when the current one ends. */
const DEPTH = 2;
const MAX_BATCH = 64;
/** A file whose process died with no file in hand is sent again at most this often. */
const MAX_RESENDS = 2;
/** Kept of a process's stderr, to tell why it died. */
const STDERR_TAIL = 8192;
/**
 * V8 optimises a function with TurboFan once it has run ~66 KB of its bytecode. The classifier is
 * a lot of code that each file runs once, so on a batch that default sends most of it to TurboFan
 * in the first few hundred files, and on one core the compiler's work costs more than the
 * optimised code saves: over 3,520 corpus messages a process took ~1.9x the CPU it takes with a
 * 1 MB budget, which optimises only what stays hot. It changes when code is optimised, never
 * what it computes.
 */
const V8_TUNING = ["--interrupt-budget=1000000"];
/** What V8 prints when a heap limit (or an array's size limit) ends the process. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|invalid size error|Allocation failed|Invalid array length/i;

interface Slot {
  child: ChildProcess;
  watchFd: number;
  batches: Map<number, WorkItem[]>;
  dead: boolean;
  stderr: string;
  /** Watchdog: the file sequence number last seen busy, and when it was first seen. */
  seenSeq: number;
  seenAt: number;
  /** Set by the run that uses this process; a death before that is remembered in `endedFor`. */
  onMessage?: (m: BatchDone) => void;
  onEnd?: (reason: string) => void;
  endedFor?: string;
}

/** 10000 → "10", 250 → "0.25": as the user wrote it (--time-limit is parsed to whole ms). */
function seconds(ms: number): string {
  return String(ms / 1000);
}

/** Resident memory of a process in MB (Linux); undefined elsewhere or when it is gone. */
function residentMb(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== "linux") return undefined;
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "latin1"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function outOfMemory(heapMb: number): string {
  return `ran out of memory, over the ${heapMb} MB limit`;
}

/** The reason a classifier process ended, from how it ended and what it printed. */
function deathReason(code: number | null, signal: NodeJS.Signals | null, stderr: string, heapMb: number): string {
  if (OUT_OF_MEMORY.test(stderr)) return outOfMemory(heapMb);
  const thrown = /^(?:\w*Error|Uncaught \w+): .*$/m.exec(stderr);
  if (thrown) return `the classifier crashed: ${thrown[0].slice(0, 200)}`;
  if (signal) return `the classifier process was killed by ${signal}`;
  return `the classifier process stopped with exit code ${code}`;
}

/** A watch file: created, opened, and unlinked at once, so nothing is left behind whatever happens. */
function openWatchFile(k: number): number {
  const file = join(tmpdir(), `ndr-assistant-${process.pid}-${k}-${Date.now().toString(36)}.watch`);
  const fd = openSync(file, "w+", 0o600);
  try {
    unlinkSync(file);
  } catch {
    // Windows cannot unlink an open file; it is a few bytes in the temp folder.
  }
  return fd;
}

/**
 * The classifier processes of one CLI run. `warm()` starts the first process at once, so its
 * start-up overlaps the walk of the folders; `run()` classifies, adding processes as the number
 * of files calls for.
 */
export class ClassifierPool {
  private readonly slots: Slot[] = [];
  private spawned = 0;

  constructor(private readonly options: PoolOptions) {}

  warm(): this {
    if (!this.slots.length) this.spawn();
    return this;
  }

  /** Stops every process (a run that had nothing to classify, or an early exit). */
  close(): void {
    for (const s of this.slots) this.stop(s, false);
  }

  private stop(s: Slot, kill: boolean): void {
    if (s.dead) return;
    s.dead = true;
    if (kill || s.batches.size) {
      s.child.kill("SIGKILL");
      // A process stuck in a system call (a hung network file system) dies only when the call
      // returns; this process must not wait for that to exit.
      s.child.unref();
      s.child.stderr?.destroy();
      if (s.child.connected) s.child.disconnect();
    } else if (s.child.connected) s.child.disconnect(); // a finished process exits once its channel closes
    try {
      closeSync(s.watchFd);
    } catch {
      // Already closed.
    }
  }

  private spawn(): Slot {
    const options = this.options;
    const watchFd = openWatchFile(this.spawned++);
    const child = startWorker(options.entry, { execArgv: [...V8_TUNING, `--max-old-space-size=${options.heapMb}`], watchFd });
    const slot: Slot = { child, watchFd, batches: new Map(), dead: false, stderr: "", seenSeq: -1, seenAt: 0 };
    this.slots.push(slot);
    const end = (reason: string): void => {
      if (slot.onEnd) slot.onEnd(reason);
      else if (!slot.dead) {
        slot.endedFor = reason;
        this.stop(slot, true);
      }
    };
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (text: string) => {
      slot.stderr = (slot.stderr + text).slice(-STDERR_TAIL);
    });
    child.on("message", (m: BatchDone) => slot.onMessage?.(m));
    child.on("error", (e: NodeJS.ErrnoException) => {
      // A batch sent to a process that has just died fails (EPIPE, or the channel is already
      // closed) before its "close" event, which says how it died: wait for that one.
      if (e.code === "EPIPE" || e.code === "ECONNRESET" || e.code === "ERR_IPC_CHANNEL_CLOSED") return;
      end(`the classifier process could not run: ${e.message}`);
    });
    // "close", not "exit": by then its stderr has been read to the end.
    child.on("close", (code, signal) => end(deathReason(code, signal, slot.stderr, options.heapMb)));
    const config: WorkerConfig = { type: "config", mode: options.mode, maxBytes: options.maxBytes, fault: options.fault };
    child.send(config);
    return slot;
  }

  /** Calls `onResult` once per file, in input order; resolves when every file has a result. */
  run(paths: readonly FilePath[], onResult: (r: ItemResult) => void): Promise<void> {
    const options = this.options;
    const n = paths.length;
    if (n === 0) {
      this.close();
      return Promise.resolve();
    }
    const jobs = chooseJobs(options.jobs, n);
    const rssLimitMb = options.heapMb * 2;
    const slots = this.slots;
    const ready = new Map<number, ItemResult>();
    const resent = new Map<number, number>();
    /** Files sent again after a process died, taken before fresh ones (kept sorted). */
    const retry: number[] = [];
    const watchBuffer = new Int32Array(WATCH_BYTES / 4);
    let fresh = 0;
    let next = 0;
    let batchIds = 0;
    let startFailures = 0;
    let settled = false;

    return new Promise<void>((resolve, reject) => {
      const tick = Math.min(250, Math.max(10, Math.floor(options.timeLimitMs / 4)));
      const watchdog = setInterval(checkLimits, tick);
      watchdog.unref();

      const live = (): Slot[] => slots.filter((s) => !s.dead);

      const finish = (error?: Error): void => {
        if (settled) return;
        settled = true;
        clearInterval(watchdog);
        this.close();
        if (error) reject(error);
        else resolve();
      };

      const readWatch = (s: Slot): { seq: number; busy: number } => {
        try {
          if (readSync(s.watchFd, new Uint8Array(watchBuffer.buffer), 0, WATCH_BYTES, 0) === WATCH_BYTES) {
            return { seq: watchBuffer[WATCH_SEQ], busy: watchBuffer[WATCH_BUSY] };
          }
        } catch {
          // Closed: the process is being replaced.
        }
        return { seq: 0, busy: 0 };
      };

      const deliver = (r: ItemResult): void => {
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
      };

      const remaining = (): number => retry.length + (n - fresh);

      const take = (count: number): WorkItem[] => {
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
      };

      const dispatch = (): void => {
        const count = live().length || 1;
        for (const s of live()) {
          while (!s.dead && s.batches.size < DEPTH && remaining() > 0) {
            // Big batches while there is plenty of work (fewer messages), small ones at the end (even finish).
            const size = Math.max(1, Math.min(MAX_BATCH, Math.floor(remaining() / (count * DEPTH * 2))));
            const batch: WorkBatch = { type: "batch", id: ++batchIds, items: take(size) };
            s.batches.set(batch.id, batch.items);
            s.child.send(batch);
          }
        }
      };

      const died = (slot: Slot, reason: string): void => {
        if (slot.dead || settled) return;
        const { seq, busy } = readWatch(slot);
        const culprit = busy - 1;
        this.stop(slot, true);
        const held = [...slot.batches.values()].flat().map((item) => item.i);
        slot.batches.clear();
        // A process that dies before it starts any file (a broken install) would die again.
        if (seq === 0 && ++startFailures >= 2) {
          finish(new Error(`the classifier process could not start: ${reason}`));
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
        if (held.includes(culprit)) deliver({ i: culprit, error: reason });
        if (settled) return;
        if (remaining() > 0 && live().length < jobs) adopt(this.spawn());
        dispatch();
      };

      const adopt = (slot: Slot): void => {
        slot.onMessage = (m) => {
          if (slot.dead) return;
          const items = slot.batches.get(m.id);
          if (!items) return;
          slot.batches.delete(m.id);
          startFailures = 0;
          for (const r of m.results) deliver(r);
          if (!settled) dispatch();
        };
        slot.onEnd = (reason) => died(slot, reason);
      };

      function checkLimits(): void {
        const now = performance.now();
        for (const s of live()) {
          const { seq, busy } = readWatch(s);
          if (busy === 0) {
            s.seenSeq = -1;
            continue;
          }
          const rss = residentMb(s.child.pid);
          if (rss !== undefined && rss > rssLimitMb) {
            died(s, outOfMemory(options.heapMb));
          } else if (seq !== s.seenSeq) {
            s.seenSeq = seq;
            s.seenAt = now;
          } else if (now - s.seenAt >= options.timeLimitMs) {
            died(s, `took longer than ${seconds(options.timeLimitMs)} s`);
          }
        }
      }

      // A warmed process that already ended counts as a failed start; then the pool fills up.
      for (const s of slots) if (s.dead && s.endedFor !== undefined) startFailures++;
      for (const s of live()) adopt(s);
      while (live().length < jobs) adopt(this.spawn());
      dispatch();
    });
  }
}

/** Calls `onResult` once per file, in input order; resolves when every file has a result. */
export function runPool(paths: readonly FilePath[], options: PoolOptions, onResult: (r: ItemResult) => void): Promise<void> {
  return new ClassifierPool(options).run(paths, onResult);
}
