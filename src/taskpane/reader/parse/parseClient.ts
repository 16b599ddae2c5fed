/**
 * The pane's side of the parse worker, with a watchdog. One job is in the worker at a time; each
 * is numbered, and an answer whose number is not the job in flight (a job the pane gave up on, a
 * worker already replaced) is dropped. A job that overruns its time limit, or a worker that dies
 * (`error`, `messageerror`, an out-of-memory answer), ends that job with an UnsafeReadError naming
 * why, and the worker is terminated and replaced by a fresh one for the next job. The UI thread
 * only posts and waits: a hostile message can stall the worker, never the pane.
 */
import type { ClassifyInput } from "../../../classifier/types";
import type { CandidateParse, ParseJob, ParseRequest, UnsafeReason, WorkerAnswer } from "./protocol";
import { reasonOfWorkerError } from "./resourceFailure";

/** A job that overran or killed its worker: the pane says "This message could not be read safely". */
export class UnsafeReadError extends Error {
  readonly reason: UnsafeReason;
  constructor(reason: UnsafeReason, detail?: string) {
    super(detail ? `The message could not be read safely (${reason}): ${detail}` : `The message could not be read safely (${reason}).`);
    this.name = "UnsafeReadError";
    this.reason = reason;
  }
}

/** The caller gave up on the job (a newer read replaced it); nobody waits for its answer. */
export class ParseAbortedError extends Error {
  constructor() {
    super("The read was replaced by a newer one.");
    this.name = "ParseAbortedError";
  }
}

/**
 * Time for one job, from posting it to the answer: generous for real messages (a 5 MB NDR
 * classifies in milliseconds, a 20 MB .msg in well under a second), short enough that a looping
 * file is stopped long before its memory could take the page down with it (a dedicated worker
 * shares the page's process). Scaled by size for slow phones.
 */
export const BASE_TIME_LIMIT_MS = 4_000;
export const TIME_PER_MB_MS = 1_000;
export const MAX_TIME_LIMIT_MS = 20_000;
/** From creating a worker to its "ready": loading its script over a slow link, then warming up. */
export const START_LIMIT_MS = 20_000;
/** Workers that fail to start in a row before the waiting jobs are failed instead of retried. */
export const MAX_START_ATTEMPTS = 2;

export function inputBytes(input: ClassifyInput): number {
  if (typeof input === "string") return input.length;
  if (input instanceof Uint8Array) return input.byteLength;
  let total = (input.html?.length ?? 0) + (input.text?.length ?? 0) + (input.headers?.length ?? 0);
  for (const a of input.attachments ?? []) total += typeof a.content === "string" ? a.content.length : a.content.byteLength;
  return total;
}

export function defaultTimeLimitMs(job: ParseJob): number {
  const mb = inputBytes(job.input) / (1024 * 1024);
  return Math.min(MAX_TIME_LIMIT_MS, Math.round(BASE_TIME_LIMIT_MS + mb * TIME_PER_MB_MS));
}

function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    !(typeof SharedArrayBuffer !== "undefined" && bytes.buffer instanceof SharedArrayBuffer)
  );
}

/**
 * The input's byte buffers, moved to the worker instead of copied (structured clone would copy a
 * 25 MB attachment). Only buffers a view covers whole: transferring detaches the buffer, and a
 * view into a larger one would take unrelated bytes along. The reader never reuses a candidate's
 * input after handing it over.
 */
export function transferablesOf(input: ClassifyInput): ArrayBuffer[] {
  const views: Uint8Array[] = [];
  if (input instanceof Uint8Array) views.push(input);
  else if (typeof input !== "string") for (const a of input.attachments ?? []) if (a.content instanceof Uint8Array) views.push(a.content);
  const buffers = new Set<ArrayBuffer>();
  for (const view of views) if (view.byteLength > 0 && ownsWholeBuffer(view)) buffers.add(view.buffer as ArrayBuffer);
  return [...buffers];
}

export interface ParseClientOptions {
  /** Creates a worker from the pane's own origin (./startParseWorker.ts); tests pass a fake. */
  createWorker(): Worker;
  timeLimitMs?(job: ParseJob): number;
  startLimitMs?: number;
  /** Called when a worker is ready, with how long it took from its creation (perf marks, the report). */
  onReady?(startupMs: number): void;
}

interface Pending {
  id: number;
  job: ParseJob;
  transfer: ArrayBuffer[];
  /** The caller gave up (aborted) while the job was in the worker. */
  abandoned: boolean;
  resolve(result: CandidateParse): void;
  reject(error: Error): void;
}

interface Live {
  worker: Worker;
  ready: boolean;
  createdAt: number;
  startTimer?: ReturnType<typeof setTimeout>;
}

interface Flight {
  pending: Pending;
  timer: ReturnType<typeof setTimeout>;
}

function isAnswer(data: unknown): data is WorkerAnswer {
  if (typeof data !== "object" || data === null) return false;
  const type = (data as { type?: unknown }).type;
  if (type === "ready") return true;
  return (type === "done" || type === "failed") && typeof (data as { id?: unknown }).id === "number";
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

export class ParseClient {
  private readonly options: ParseClientOptions;
  private live: Live | undefined;
  private flight: Flight | undefined;
  private readonly queue: Pending[] = [];
  private seq = 0;
  private startFailures = 0;
  private disposed = false;
  /** Workers created so far (the first at boot): for tests and the diagnostics. */
  started = 0;

  constructor(options: ParseClientOptions) {
    this.options = options;
  }

  /** Starts a worker now if none is running (at boot, in parallel with office.js). */
  warmUp(): void {
    if (!this.disposed) this.ensureWorker();
  }

  /**
   * Reads one candidate in the worker. Takes ownership of the input's whole byte buffers
   * (transferred). Rejects with UnsafeReadError when the watchdog stopped it or the worker died,
   * with ParseAbortedError when `signal` aborted first.
   */
  read(job: ParseJob, signal?: AbortSignal): Promise<CandidateParse> {
    return new Promise<CandidateParse>((resolve, reject) => {
      if (this.disposed) return reject(new UnsafeReadError("crashed", "The message reader has been shut down."));
      if (signal?.aborted) return reject(new ParseAbortedError());
      let settled = false;
      const onAbort = () => {
        const queued = this.queue.indexOf(pending);
        if (queued >= 0) this.queue.splice(queued, 1);
        else if (this.flight?.pending === pending) pending.abandoned = true;
        pending.reject(new ParseAbortedError());
        this.dropAbandoned();
      };
      const finish = () => {
        settled = true;
        signal?.removeEventListener("abort", onAbort);
      };
      const pending: Pending = {
        id: ++this.seq,
        job,
        transfer: transferablesOf(job.input),
        abandoned: false,
        resolve: (result) => {
          if (settled) return;
          finish();
          resolve(result);
        },
        reject: (error) => {
          if (settled) return;
          finish();
          reject(error);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(pending);
      this.dropAbandoned();
      this.pump();
    });
  }

  /** Terminates the worker; waiting reads fail. */
  dispose(): void {
    this.disposed = true;
    if (this.flight) clearTimeout(this.flight.timer);
    const waiting = [...(this.flight ? [this.flight.pending] : []), ...this.queue.splice(0)];
    this.flight = undefined;
    this.discardWorker();
    for (const p of waiting) p.reject(new UnsafeReadError("crashed", "The message reader has been shut down."));
  }

  /** A job nobody waits for must not hold up one somebody does: its worker is replaced now. */
  private dropAbandoned(): void {
    const flight = this.flight;
    if (!flight || !flight.pending.abandoned || this.queue.length === 0) return;
    clearTimeout(flight.timer);
    this.flight = undefined;
    this.replaceWorker();
  }

  private ensureWorker(): Live | undefined {
    if (this.live) return this.live;
    let worker: Worker;
    try {
      worker = this.options.createWorker();
    } catch (error) {
      // Refused outright (a policy, no Worker support): nothing can be read safely here.
      this.failWaiting(new UnsafeReadError("crashed", error instanceof Error ? error.message : "The message reader could not start."));
      return undefined;
    }
    this.started++;
    const live: Live = { worker, ready: false, createdAt: now() };
    worker.onmessage = (event: MessageEvent) => this.onAnswer(live, event.data);
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: not an uncaught error of the page.
      event.preventDefault?.();
      this.onDeath(live, reasonOfWorkerError(event.message), event.message || "The message reader stopped.");
    };
    worker.onmessageerror = () => this.onDeath(live, "crashed", "An answer from the message reader could not be read.");
    live.startTimer = setTimeout(() => this.onDeath(live, "timeout", "The message reader did not start in time."), this.options.startLimitMs ?? START_LIMIT_MS);
    this.live = live;
    return live;
  }

  private discardWorker(): void {
    const live = this.live;
    if (!live) return;
    this.live = undefined;
    clearTimeout(live.startTimer);
    live.worker.onmessage = null;
    live.worker.onerror = null;
    live.worker.onmessageerror = null;
    try {
      live.worker.terminate();
    } catch {
      // Already gone.
    }
  }

  /** Terminates the current worker and starts a fresh one, so the next job doesn't pay its start-up. */
  private replaceWorker(): void {
    this.discardWorker();
    if (!this.disposed) this.ensureWorker();
  }

  private pump(): void {
    if (this.flight || this.disposed) return;
    const next = this.queue[0];
    if (!next) return;
    const live = this.ensureWorker();
    if (!live || !live.ready) return; // "ready" pumps again
    this.queue.shift();
    const flight: Flight = {
      pending: next,
      timer: setTimeout(() => this.onTimeout(flight), (this.options.timeLimitMs ?? defaultTimeLimitMs)(next.job)),
    };
    this.flight = flight;
    const request: ParseRequest = { id: next.id, job: next.job };
    try {
      live.worker.postMessage(request, next.transfer);
    } catch (error) {
      // Not cloneable (a bug) or already detached: this job fails, the worker is fine.
      clearTimeout(flight.timer);
      this.flight = undefined;
      next.reject(error instanceof Error ? error : new Error(String(error)));
      this.pump();
    }
  }

  private onAnswer(live: Live, data: unknown): void {
    if (live !== this.live || !isAnswer(data)) return;
    if (data.type === "ready") {
      if (live.ready) return;
      live.ready = true;
      clearTimeout(live.startTimer);
      this.startFailures = 0;
      this.options.onReady?.(now() - live.createdAt);
      this.pump();
      return;
    }
    const flight = this.flight;
    // A late answer: for a job the watchdog already ended, or one replaced before it was posted.
    if (!flight || flight.pending.id !== data.id) return;
    clearTimeout(flight.timer);
    this.flight = undefined;
    if (data.type === "done") {
      flight.pending.resolve(data.result);
    } else {
      // Out of memory or stack: the answer came, but this worker's heap is not to be trusted again.
      this.replaceWorker();
      flight.pending.reject(new UnsafeReadError(data.reason, data.message));
    }
    this.pump();
  }

  private onTimeout(flight: Flight): void {
    if (this.flight !== flight) return;
    this.flight = undefined;
    this.replaceWorker();
    flight.pending.reject(new UnsafeReadError("timeout"));
    this.pump();
  }

  private onDeath(live: Live, reason: UnsafeReason, detail: string): void {
    if (live !== this.live) return;
    const wasReady = live.ready;
    this.discardWorker();
    const flight = this.flight;
    if (flight) {
      clearTimeout(flight.timer);
      this.flight = undefined;
      flight.pending.reject(new UnsafeReadError(reason, detail));
    }
    if (wasReady) {
      // It worked before: a fresh one now if a job died with it (the next job is likely soon),
      // else when the next job comes (a worker that dies idle must not restart in a loop).
      if (flight && !this.disposed) this.ensureWorker();
      this.pump();
      return;
    }
    // Died or stalled while starting (its script missing, refused, broken): retry once, then give up
    // on the jobs waiting, so they are reported instead of waiting forever. A later read tries again.
    this.startFailures++;
    if (this.startFailures >= MAX_START_ATTEMPTS) {
      this.startFailures = 0;
      this.failWaiting(new UnsafeReadError(reason, detail));
    } else if (this.queue.length > 0) {
      this.pump();
    }
  }

  private failWaiting(error: UnsafeReadError): void {
    for (const p of this.queue.splice(0)) p.reject(error);
  }
}
