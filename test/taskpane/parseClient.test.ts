/**
 * The pane's parse-worker client and its watchdog, against a fake Worker (jsdom and Node have no
 * DOM Worker): numbered requests, late answers dropped, a job that overruns or a worker that dies
 * ended with the reason and the worker replaced, start-up failures retried once then reported,
 * byte buffers transferred rather than copied.
 */
import {
  BASE_TIME_LIMIT_MS,
  MAX_TIME_LIMIT_MS,
  ParseAbortedError,
  ParseClient,
  START_LIMIT_MS,
  UnsafeReadError,
  defaultTimeLimitMs,
  transferablesOf,
} from "../../src/taskpane/reader/parse/parseClient";
import type { CandidateParse, ParseJob, ParseRequest, WorkerAnswer } from "../../src/taskpane/reader/parse/protocol";

/** Plays a DOM Worker: records what the pane posts, and answers, dies or stays silent on cue. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  readonly posted: Array<{ message: ParseRequest; transfer: Transferable[] }> = [];
  terminated = false;
  errorPrevented = false;

  postMessage(message: ParseRequest, transfer: Transferable[] = []): void {
    if (this.terminated) throw new Error("posted to a terminated worker");
    this.posted.push({ message, transfer });
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(data: WorkerAnswer | unknown): void {
    this.onmessage?.({ data });
  }

  ready(): void {
    this.answer({ type: "ready" });
  }

  /** Answers the last job posted. */
  finish(result: CandidateParse = RESULT): void {
    const last = this.posted[this.posted.length - 1];
    this.answer({ type: "done", id: last.message.id, result });
  }

  crash(message = "Uncaught TypeError: x is not a function"): void {
    this.onerror?.({ message, preventDefault: () => (this.errorPrevented = true) });
  }
}

const RESULT: CandidateParse = { unreadable: "not a bounce" };
const job = (input: ParseJob["input"] = "Subject: x\r\n\r\nbody"): ParseJob => ({ input, pastedText: false });

function setUp(options: { timeLimitMs?: number; startLimitMs?: number } = {}) {
  const workers: FakeWorker[] = [];
  const readyTimes: number[] = [];
  const client = new ParseClient({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    timeLimitMs: options.timeLimitMs === undefined ? undefined : () => options.timeLimitMs as number,
    startLimitMs: options.startLimitMs,
    onReady: (ms) => readyTimes.push(ms),
  });
  const current = () => workers[workers.length - 1];
  return { client, workers, current, readyTimes };
}

/** Lets promise callbacks run. */
const flush = () => new Promise<void>((resolve) => jest.requireActual<typeof import("timers")>("timers").setImmediate(resolve));

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("parse client", () => {
  it("starts a worker at warm-up, holds jobs until it is ready, then answers them in order", async () => {
    const { client, workers, current, readyTimes } = setUp();
    client.warmUp();
    expect(workers).toHaveLength(1);
    const first = client.read(job("one"));
    const second = client.read(job("two"));
    expect(current().posted).toHaveLength(0);
    current().ready();
    expect(readyTimes).toHaveLength(1);
    // One job in the worker at a time: the second waits for the first's answer.
    expect(current().posted.map((p) => p.message.job.input)).toEqual(["one"]);
    current().finish({ unreadable: "first" });
    await expect(first).resolves.toEqual({ unreadable: "first" });
    expect(current().posted.map((p) => p.message.job.input)).toEqual(["one", "two"]);
    current().finish({ unreadable: "second" });
    await expect(second).resolves.toEqual({ unreadable: "second" });
    expect(workers).toHaveLength(1);
    expect(current().posted[0].message.id).toBeLessThan(current().posted[1].message.id);
  });

  it("the watchdog stops a job that overruns: 'timeout', the worker terminated, a fresh one for the next job", async () => {
    const { client, workers, current } = setUp({ timeLimitMs: 1000 });
    client.warmUp();
    current().ready();
    const stuck = client.read(job("loops"));
    const stalled = current();
    jest.advanceTimersByTime(999);
    await flush();
    expect(stalled.terminated).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(stuck).rejects.toMatchObject({ name: "UnsafeReadError", reason: "timeout" });
    expect(stalled.terminated).toBe(true);
    // Replaced at once, so the next job doesn't pay for the start-up.
    expect(workers).toHaveLength(2);
    const next = client.read(job("fine"));
    expect(current().posted).toHaveLength(0);
    current().ready();
    current().finish();
    await expect(next).resolves.toEqual(RESULT);
  });

  it("drops a late answer: the job the watchdog ended never resolves with it, and the newer job gets its own", async () => {
    const { client, workers, current } = setUp({ timeLimitMs: 500 });
    client.warmUp();
    current().ready();
    const slow = client.read(job("slow"));
    const old = current();
    const oldId = old.posted[0].message.id;
    jest.advanceTimersByTime(500);
    await expect(slow).rejects.toBeInstanceOf(UnsafeReadError);
    const next = client.read(job("next"));
    current().ready();
    // The terminated worker's answer (it raced the terminate) and a stray id on the new one: both ignored.
    old.answer({ type: "done", id: oldId, result: { unreadable: "stale" } });
    current().answer({ type: "done", id: oldId, result: { unreadable: "stale" } });
    current().answer({ type: "done", id: 9999, result: { unreadable: "stray" } });
    current().answer("not an answer at all");
    current().finish({ unreadable: "fresh" });
    await expect(next).resolves.toEqual({ unreadable: "fresh" });
    expect(workers).toHaveLength(2);
  });

  it("a worker that dies (error event) ends its job as 'crashed' and is replaced; the error is not left unhandled", async () => {
    const { client, workers, current } = setUp();
    client.warmUp();
    current().ready();
    const job1 = client.read(job());
    const dying = current();
    dying.crash();
    await expect(job1).rejects.toMatchObject({ reason: "crashed" });
    expect(dying.terminated).toBe(true);
    expect(dying.errorPrevented).toBe(true);
    expect(workers).toHaveLength(2);
    const job2 = client.read(job());
    current().ready();
    current().finish();
    await expect(job2).resolves.toEqual(RESULT);
  });

  it("an out-of-memory death or answer is reported as 'memory'", async () => {
    const { client, current, workers } = setUp();
    client.warmUp();
    current().ready();
    const byEvent = client.read(job());
    current().crash("Uncaught RangeError: Invalid array length");
    await expect(byEvent).rejects.toMatchObject({ reason: "memory" });
    current().ready();
    const byAnswer = client.read(job());
    const answering = current();
    answering.answer({ type: "failed", id: answering.posted[0].message.id, reason: "memory", message: "Array buffer allocation failed" });
    await expect(byAnswer).rejects.toMatchObject({ reason: "memory" });
    // Its heap is not trusted again.
    expect(answering.terminated).toBe(true);
    expect(workers).toHaveLength(3);
  });

  it("messageerror (an answer that can't be deserialised) counts as a crash", async () => {
    const { client, current } = setUp();
    client.warmUp();
    current().ready();
    const pending = client.read(job());
    current().onmessageerror?.({});
    await expect(pending).rejects.toMatchObject({ reason: "crashed" });
  });

  it("a job the caller abandons is answered with ParseAbortedError; a job queued behind it doesn't wait for it", async () => {
    const { client, current, workers } = setUp();
    client.warmUp();
    current().ready();
    const controller = new AbortController();
    const abandoned = client.read(job("hostile.msg"), controller.signal);
    const busy = current();
    controller.abort();
    await expect(abandoned).rejects.toBeInstanceOf(ParseAbortedError);
    // Nobody waits yet: the worker may finish it (its answer is dropped).
    expect(busy.terminated).toBe(false);
    const wanted = client.read(job("pasted text"));
    // Now someone does: the busy worker is replaced instead of being waited for.
    expect(busy.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    current().ready();
    expect(current().posted.map((p) => p.message.job.input)).toEqual(["pasted text"]);
    current().finish();
    await expect(wanted).resolves.toEqual(RESULT);
  });

  it("an aborted job still in the queue is never posted; an already aborted signal rejects at once", async () => {
    const { client, current } = setUp();
    client.warmUp();
    const controller = new AbortController();
    const queued = client.read(job("queued"), controller.signal);
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(ParseAbortedError);
    await expect(client.read(job(), controller.signal)).rejects.toBeInstanceOf(ParseAbortedError);
    current().ready();
    expect(current().posted).toHaveLength(0);
  });

  it("a worker that fails to start is retried once, then the waiting jobs are failed instead of waiting forever", async () => {
    const { client, workers, current } = setUp();
    client.warmUp();
    const pending = client.read(job());
    current().crash("Uncaught SyntaxError: Unexpected token '<'");
    expect(workers).toHaveLength(2);
    current().crash("Uncaught SyntaxError: Unexpected token '<'");
    await expect(pending).rejects.toMatchObject({ reason: "crashed" });
    // A later read tries again with a new worker.
    const later = client.read(job());
    expect(workers).toHaveLength(3);
    current().ready();
    current().finish();
    await expect(later).resolves.toEqual(RESULT);
  });

  it("a worker that never says it is ready is given up after the start limit", async () => {
    const { client, workers } = setUp({ startLimitMs: 3000 });
    const pending = client.read(job());
    jest.advanceTimersByTime(3000);
    expect(workers[0].terminated).toBe(true);
    jest.advanceTimersByTime(3000);
    await expect(pending).rejects.toMatchObject({ reason: "timeout" });
  });

  it("a worker that dies while idle is not restarted in a loop: the next job starts one", async () => {
    const { client, workers, current } = setUp();
    client.warmUp();
    current().ready();
    current().crash();
    expect(workers).toHaveLength(1);
    const pending = client.read(job());
    expect(workers).toHaveLength(2);
    current().ready();
    current().finish();
    await expect(pending).resolves.toEqual(RESULT);
  });

  it("the time limit counts from posting the job, not from the worker's start-up", async () => {
    const { client, current } = setUp({ timeLimitMs: 1000, startLimitMs: 60_000 });
    const pending = client.read(job());
    jest.advanceTimersByTime(5000); // a slow start-up
    current().ready();
    jest.advanceTimersByTime(900);
    current().finish();
    await expect(pending).resolves.toEqual(RESULT);
  });

  it("dispose terminates the worker and fails what waits", async () => {
    const { client, current } = setUp();
    client.warmUp();
    const pending = client.read(job());
    client.dispose();
    expect(current().terminated).toBe(true);
    await expect(pending).rejects.toBeInstanceOf(UnsafeReadError);
    await expect(client.read(job())).rejects.toBeInstanceOf(UnsafeReadError);
  });

  it("moves whole byte buffers to the worker instead of copying them", async () => {
    const { client, current } = setUp();
    client.warmUp();
    current().ready();
    const bytes = new TextEncoder().encode("Subject: x\r\n\r\nbody");
    const pending = client.read(job(bytes));
    expect(current().posted[0].transfer).toEqual([bytes.buffer]);
    current().finish();
    await pending;
  });
});

describe("transferablesOf", () => {
  it("transfers only buffers a view covers whole, once each", () => {
    const whole = new Uint8Array(8);
    const shared = new Uint8Array(16);
    const part = shared.subarray(4, 8);
    expect(transferablesOf("text")).toEqual([]);
    expect(transferablesOf(whole)).toEqual([whole.buffer]);
    expect(transferablesOf(part)).toEqual([]);
    expect(
      transferablesOf({
        html: "<p>x</p>",
        attachments: [
          { name: "a.eml", content: whole },
          { name: "b.eml", content: whole },
          { name: "c.eml", content: "text" },
          { name: "d.eml", content: part },
        ],
      }),
    ).toEqual([whole.buffer]);
  });
});

describe("time limits", () => {
  it("grow with the input's size, within bounds", () => {
    expect(defaultTimeLimitMs(job("x"))).toBe(BASE_TIME_LIMIT_MS);
    expect(defaultTimeLimitMs(job(new Uint8Array(5 * 1024 * 1024)))).toBeGreaterThan(BASE_TIME_LIMIT_MS);
    expect(defaultTimeLimitMs(job(new Uint8Array(200 * 1024 * 1024)))).toBe(MAX_TIME_LIMIT_MS);
    expect(START_LIMIT_MS).toBeGreaterThan(BASE_TIME_LIMIT_MS);
  });
});
